using Portal.Application.Catalog;
using Portal.Application.Catalog.Browse;
using Portal.Application.Common;
using Portal.Application.Quotes.Holds;
using Portal.Application.Quotes.Messages;
using Portal.Application.Quotes.Pricing;
using Portal.Application.Quotes.Revisions;
using Portal.Application.Quotes.Submit;
using Portal.Domain.Common;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Pages;

/// <summary>Reads a request's page for sales and admins; a draft is not found.</summary>
public sealed class QuoteReviewPageQuery(
    QuoteQueries quotes,
    QuotePricing pricing,
    QuoteCompleteness completeness,
    AllocationHolds holds,
    QuoteRevisionQueries revisions,
    CatalogQueries catalog,
    QuoteThreadQueries thread,
    VendorProfile vendor,
    TimeProvider clock)
{
    /// <summary>How many quarters the delivery can be moved to, from the current one.</summary>
    public const int QuartersOffered = 8;

    public async Task<QuoteReviewPage> GetAsync(int id, Actor actor, CancellationToken cancellationToken = default)
    {
        var view = await quotes.GetAsync(id, actor, cancellationToken);
        var quote = view.Quote;
        var now = clock.GetUtcNow().UtcDateTime;
        var undecided = quote.Status.IsOpen() || quote.Status == QuoteStatus.PendingApproval;
        return new QuoteReviewPage(
            view,
            pricing.Price(quote),
            actor,
            undecided && quote.RequestedQuarter is not null ? await holds.CheckAsync(quote, cancellationToken) : [],
            Enumerable.Range(0, QuartersOffered).Select(Quarter.Containing(now).Plus).ToList(),
            await revisions.ListAsync(id, actor, cancellationToken),
            quote.Status == QuoteStatus.InReview ? await catalog.LooseProductsAsync(cancellationToken) : [],
            vendor.QuoteTerms.ValidityDays,
            undecided ? completeness.Missing(quote, view.Organization, view.Site, now) : [],
            await thread.ListAsync(id, actor, cancellationToken));
    }
}
