using Microsoft.EntityFrameworkCore;
using Portal.Application.Catalog;
using Portal.Application.Common;
using Portal.Domain.Common;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Pages;

public sealed record QuoteFilter(QuoteStatus? Status, string? Search, int Page)
{
    public const int PageSize = 25;
    public const int SearchMaxLength = 100;
}

/// <summary>
/// A request in My quotes: what it is, the total of its issued revision (none before sales issues one: until then its
/// prices are not the customer's), until when it may be accepted, and what happens next.
/// </summary>
public sealed record QuoteRow(int Id, string? Number, QuoteStatus Status, string? SiteName, int RackCount, int LineCount, DateTime CreatedUtc,
    DateTime? SubmittedUtc, Money? IssuedTotal, DateTime? ValidUntilUtc)
{
    /// <summary>The quote's number, or "Draft 12" for a draft that has none yet.</summary>
    public string Reference => Number ?? $"Draft {Id}";

    public CustomerNextStep NextStep => CustomerNextStep.Of(Status);

    /// <summary>The valid-until date matters while the quote waits for the customer's answer.</summary>
    public DateTime? AcceptBy => Status == QuoteStatus.Issued ? ValidUntilUtc : null;
}

/// <summary>The customer's My quotes page: its organization's quote requests, newest first, filtered and a page at a time.</summary>
public sealed class MyQuotesPageQuery(IPortalDb db, VendorProfile vendor)
{
    public async Task<Page<QuoteRow>> GetAsync(QuoteFilter filter, Actor actor, CancellationToken cancellationToken = default)
    {
        var query = db.Quotes.AsNoTracking().VisibleTo(actor);
        if (filter.Status is { } status)
        {
            query = query.Where(q => q.Status == status);
        }
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var text = filter.Search.Trim();
            text = text[..Math.Min(text.Length, QuoteFilter.SearchMaxLength)];
            var upper = text.ToUpperInvariant();
            query = query.Where(q => (q.Number != null && q.Number.Contains(upper)) || q.Notes.ToUpper().Contains(upper));
        }
        var total = await query.CountAsync(cancellationToken);
        var page = Paging.Clamp(filter.Page, total, QuoteFilter.PageSize);
        var rows = await query
            .OrderByDescending(q => q.CreatedUtc).ThenByDescending(q => q.Id)
            .Skip((page - 1) * QuoteFilter.PageSize).Take(QuoteFilter.PageSize)
            .Select(q => new
            {
                q.Id, q.Number, q.Status, q.CreatedUtc, q.SubmittedUtc, q.IssuedTotalMinorUnits, q.ValidUntilUtc,
                Site = db.Sites.Where(s => s.Id == q.SiteId).Select(s => s.Name).FirstOrDefault(),
                Racks = q.Racks.Sum(c => c.RackCount),
                Lines = q.Racks.Count + q.Products.Count,
            })
            .ToListAsync(cancellationToken);
        var items = rows.Select(q => new QuoteRow(q.Id, q.Number, q.Status, q.Site, q.Racks, q.Lines, q.CreatedUtc, q.SubmittedUtc,
            q.IssuedTotalMinorUnits is { } issued ? new Money(issued, vendor.Currency) : null, q.ValidUntilUtc)).ToList();
        return new Page<QuoteRow>(items, page, QuoteFilter.PageSize, total);
    }
}
