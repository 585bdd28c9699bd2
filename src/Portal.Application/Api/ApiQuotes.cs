using Microsoft.EntityFrameworkCore;
using Portal.Application.Catalog;
using Portal.Application.Common;
using Portal.Application.Quotes;
using Portal.Domain.Common;
using Portal.Domain.Quotes;

namespace Portal.Application.Api;

/// <summary>
/// The quotes an API key's owner may read (as on the pages: a customer its company's, staff every submitted one),
/// newest first, a page at a time with a cursor that stays right while new quotes arrive.
/// </summary>
public sealed class ApiQuotes(IPortalDb db, VendorProfile vendor)
{
    public const int MaxLimit = 100;

    public async Task<ApiQuotePage> ListAsync(Actor actor, QuoteStatus? status, int? before, int limit, CancellationToken cancellationToken = default)
    {
        limit = Math.Clamp(limit, 1, MaxLimit);
        var quotes = db.Quotes.AsNoTracking().VisibleTo(actor);
        if (status is { } wanted)
        {
            quotes = quotes.Where(q => q.Status == wanted);
        }
        if (before is { } id)
        {
            quotes = quotes.Where(q => q.Id < id);
        }
        var rows = await quotes.OrderByDescending(q => q.Id).Take(limit + 1).ToListAsync(cancellationToken);
        var page = rows.Take(limit).Select(Summary).ToList();
        return new ApiQuotePage(page, rows.Count > limit ? page[^1].Id : null);
    }

    public async Task<ApiQuoteDetail> GetAsync(int id, Actor actor, CancellationToken cancellationToken = default)
    {
        var quote = await db.Quotes.AsNoTracking().VisibleTo(actor).WithLines().SingleOrDefaultAsync(q => q.Id == id, cancellationToken)
            ?? throw new NotFoundException("The quote");
        var lines = quote.Configurations
            .SelectMany(c => c.Components.Select(x => new ApiQuoteLine(x.Product!.Sku, x.Product.Name, x.Quantity * c.RackCount, x.Product.ExportClassification, c.Id))
                .Prepend(new ApiQuoteLine(c.Rack!.Sku, c.Rack.Name, c.RackCount, c.Rack.ExportClassification, c.Id)))
            .Concat(quote.Products.Select(p => new ApiQuoteLine(p.Product!.Sku, p.Product.Name, p.Quantity, p.Product.ExportClassification, null)))
            .ToList();
        return new ApiQuoteDetail(Summary(quote), quote.Notes, lines);
    }

    private ApiQuoteSummary Summary(Quote q) => new(q.Id, q.Number, q.Status, q.Revision, q.SiteId, q.RequestedQuarter?.ToString(),
        q.CreatedUtc, q.SubmittedUtc, q.IssuedUtc, q.ValidUntilUtc, q.IssuedTotalMinorUnits is { } total ? new Money(total, vendor.Currency).Major : null, vendor.Currency);
}

/// <param name="Next">The cursor for the next page (pass it as <c>before</c>); null on the last page.</param>
public sealed record ApiQuotePage(IReadOnlyList<ApiQuoteSummary> Items, int? Next);

/// <param name="IssuedTotal">The issued revision's total in major units; null until issued.</param>
public sealed record ApiQuoteSummary(int Id, string? Number, QuoteStatus Status, int Revision, int? SiteId, string? RequestedQuarter,
    DateTime CreatedUtc, DateTime? SubmittedUtc, DateTime? IssuedUtc, DateTime? ValidUntilUtc, decimal? IssuedTotal, string Currency);

public sealed record ApiQuoteDetail(ApiQuoteSummary Quote, string Notes, IReadOnlyList<ApiQuoteLine> Lines);

/// <param name="Configuration">The rack configuration the line belongs to; null for a product on its own.</param>
public sealed record ApiQuoteLine(string Sku, string Name, int Quantity, string? ExportClassification, int? Configuration);
