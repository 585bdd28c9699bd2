using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Catalog;
using Portal.Application.Quotes;
using Portal.Application.Quotes.Accept;
using Portal.Domain.Common;
using Portal.Domain.Quotes;

namespace Portal.Application.Api;

/// <summary>
/// The quotes an API key's owner may read (as on the pages: a customer its company's, staff every submitted one),
/// newest first, a page at a time with a cursor that stays right while new quotes arrive.
/// </summary>
public sealed class ApiQuotes(IPortalDb db, BuyerApprovals approvals, VendorProfile vendor)
{
    public const int MaxLimit = 100;

    /// <summary>A page of quotes and the cursor for the next (null on the last page).</summary>
    public async Task<(IReadOnlyList<Quote> Quotes, int? Next)> ListAsync(Actor actor, QuoteStatus? status, int? before, int limit,
        CancellationToken cancellationToken = default)
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
        var page = rows.Take(limit).ToList();
        return (page, rows.Count > limit ? page[^1].Id : null);
    }

    /// <summary>Where the quote's issued revision stands with its company's approvals; null while none is issued.</summary>
    public async Task<BuyerApprovalState?> ApprovalsOfAsync(Quote quote, CancellationToken cancellationToken = default) =>
        quote.IsIssued && quote.IssuedTotalMinorUnits is { } total && (quote.Status == QuoteStatus.Issued || quote.Acceptance is not null)
            ? await approvals.StateOfAsync(quote, new Money(total, vendor.Currency), cancellationToken)
            : null;

    /// <summary>The quote with its lines and their products.</summary>
    public async Task<Quote> GetAsync(int id, Actor actor, CancellationToken cancellationToken = default) =>
        await db.Quotes.AsNoTracking().VisibleTo(actor).WithLines().SingleOrDefaultAsync(q => q.Id == id, cancellationToken)
            ?? throw new NotFoundException("The quote");
}
