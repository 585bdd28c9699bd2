using Portal.Application.Catalog.Browse;
using Portal.Application.Common;
using Portal.Application.Quotes.Accept;
using Portal.Application.Quotes.Holds;
using Portal.Application.Quotes.Messages;
using Portal.Application.Quotes.Pricing;
using Portal.Application.Quotes.Revisions;
using Portal.Application.Sites;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Pages;

/// <summary>Reads a customer's quote page; another company's quote is not found.</summary>
public sealed class CustomerQuotePageQuery(
    QuoteQueries quotes,
    QuotePricing pricing,
    SiteQueries sites,
    CatalogQueries catalog,
    QuoteRevisionQueries revisions,
    AllocationHolds holds,
    QuoteThreadQueries thread,
    BuyerApprovals approvals,
    TimeProvider clock)
{
    /// <summary>How many quarters a draft offers, from the first its lines can be delivered in.</summary>
    public const int QuartersOffered = 8;

    public async Task<CustomerQuotePage> GetAsync(int id, Actor actor, CancellationToken cancellationToken = default)
    {
        var view = await quotes.GetAsync(id, actor, cancellationToken);
        var quote = view.Quote;
        var earliest = quote.EarliestDelivery(clock.GetUtcNow().UtcDateTime);
        var issued = await revisions.ListAsync(id, actor, cancellationToken);
        var current = issued.FirstOrDefault(r => r.Number == quote.Revision);
        var approvalState = current is null ? null : await approvals.StateOfAsync(quote, current.Total, cancellationToken);
        var supplyCanChange = quote.RequestedQuarter is not null && !quote.IsIssued && (quote.IsEditable || quote.Status.IsOpen());
        return new CustomerQuotePage(
            view,
            pricing.PriceFor(view, actor),
            await sites.ListAsync(actor, cancellationToken),
            Enumerable.Range(0, QuartersOffered).Select(earliest.Plus).ToList(),
            await catalog.LooseProductsAsync(cancellationToken),
            issued,
            supplyCanChange ? (await holds.CheckAsync(quote, cancellationToken)).Where(s => s.IsShort).ToList() : [],
            await thread.ListAsync(id, actor, cancellationToken),
            actor.CompanyRoles.HasFlag(CompanyRoles.Requester),
            approvalState,
            approvalState is null ? null : ApprovalAuthority.WhyNot(actor, current!.Total, approvalState.Terms.Rule, approvalState.Given));
    }
}
