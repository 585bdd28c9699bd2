using Portal.Application.Catalog;
using Portal.Application.Common.Events;
using Portal.Application.Quotes.Accept;
using Portal.Domain.Common;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Events;

/// <summary>
/// The approvers of the buyer who may give a quote its next approval hear that it waits for them: when it is issued
/// (its requester has the quote's own mail already) and when a first approval leaves a second to give.
/// </summary>
public sealed class BuyerApprovalMails(BuyerApprovals approvals, QuoteMail mail, VendorProfile vendor) : IHandles<QuoteIssued>, IHandles<BuyerApprovalGiven>
{
    public async Task HandleAsync(QuoteIssued happened, CancellationToken cancellationToken)
    {
        var quote = happened.Quote;
        // A revision just issued has no approvals yet.
        var state = await approvals.StateOfAsync(quote, happened.Totals.Total, [], cancellationToken);
        await mail.ToCustomerPeopleAsync(quote, state.WhoMayApprove.Select(a => a.UserId).Where(id => id != quote.RequesterId),
            $"Quote {quote.Number} waits for your approval",
            $"quote {quote.Number} (revision {quote.Revision}, {happened.Totals.Total}) is issued to your company and waits for approval by it. " +
            $"{Needed(state)}\n\nRead it and approve it, or decline it, on its page in the portal.\n", cancellationToken);
    }

    public async Task HandleAsync(BuyerApprovalGiven happened, CancellationToken cancellationToken)
    {
        var quote = happened.Quote;
        // The approval is not saved yet: the quote holds it, loaded with the others.
        var state = await approvals.StateOfAsync(quote, new Money(quote.IssuedTotalMinorUnits!.Value, vendor.Currency), quote.BuyerApprovals, cancellationToken);
        await mail.ToCustomerPeopleAsync(quote, state.WhoMayApprove.Select(a => a.UserId),
            $"Quote {quote.Number} waits for a second approval",
            $"{happened.Approval.Name}, {happened.Approval.Title}, approved revision {quote.Revision} of quote {quote.Number}. {Needed(state)}\n\n" +
            "Read it and give the next approval, or decline it, on its page in the portal.\n", cancellationToken);
    }

    private static string Needed(BuyerApprovalState state) =>
        state.StillNeeded == 1 ? "One approval accepts it." : $"It needs {state.StillNeeded} approvals by different approvers; the last accepts it.";
}
