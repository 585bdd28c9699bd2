using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Application.Quotes.Documents;
using Portal.Application.Quotes.Review;
using Portal.Domain.Payments;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Events;

/// <summary>
/// One mail per quote event that the other side must hear of, to the people <see cref="QuoteMail"/> finds: the
/// requester, the salesperson working on it (or all sales), the admins, compliance. Steps that are the vendor's own
/// (a claim, pricing, a clearance that issues the quote at once) and deposits (told by Payments) send none.
/// </summary>
public sealed class QuoteMails(IPortalDb db, QuoteMail mail, Acting acting) : IHandles<QuoteEvent>
{
    public Task HandleAsync(QuoteEvent happened, CancellationToken cancellationToken)
    {
        var (quote, number, by) = (happened.Quote, happened.Quote.Number, acting.Actor.Name);
        return happened switch
        {
            QuoteSubmitted submitted => SubmittedAsync(submitted, cancellationToken),
            QuoteSubmittedFromOffer offer => SubmittedFromOfferAsync(offer, cancellationToken),
            ChangesRequested changes => mail.ToRequesterAsync(quote, $"Changes requested on {number}",
                $"our sales team asks for changes to your quote request {number}:\n\n{changes.Note}\n\nChange the request in the portal and submit it again.", cancellationToken),
            QuoteRejected rejected => mail.ToRequesterAsync(quote, $"Your quote request {number} was declined",
                $"we cannot quote your request {number}:\n\n{rejected.Reason}\n\nReply to this message if you would like to discuss it.", cancellationToken),
            SentBackForPricing sentBack => mail.ToStaffAsync(quote, $"{number} sent back: discount not approved",
                $"{by} did not approve the pricing of {number}:\n\n{sentBack.Note}\n\nPrice it again in the portal.\n", cancellationToken),
            QuoteRevised => mail.ToRequesterAsync(quote, $"We are revising your quote {number}",
                $"our sales team is preparing revision {quote.Revision} of your quote {number}. Revision {quote.Revision - 1} can no longer be accepted; you will receive the new one when it is issued, and can compare the two on the quote's page.\n",
                cancellationToken),
            DeliveryMoved moved => mail.ToRequesterAsync(quote, $"Delivery of {number} moved to {moved.ToQuarter}",
                $"to match the supply we have, our sales team moved the delivery of your quote request {number} from {moved.FromQuarter} to {moved.ToQuarter}.\n", cancellationToken),
            QuoteCancelled cancelled => CancelledAsync(cancelled, cancellationToken),
            ApprovalRequested => mail.ToAdminsAsync(quote, $"{number} waits for your approval",
                $"{by} priced {number} with a discount an admin must approve: {QuoteAuditTrail.WhyApproval(quote)}.\n\nApprove it or send it back on the quote's page.\n",
                cancellationToken),
            // An approval is told only with the issue it leads to (an approval that ends on an export hold is told by the hold).
            QuoteApproved { From: QuoteStatus.PendingApproval, Quote.Status: QuoteStatus.Issued } => mail.ToStaffAsync(quote, $"{number} approved and issued",
                $"{by} approved the discount on {number} and issued revision {quote.Revision} to the customer.\n", cancellationToken),
            HeldForExportLicence held => HeldAsync(held, cancellationToken),
            ExportRefused refused => RefusedAsync(refused, cancellationToken),
            QuoteIssued issued => mail.ToRequesterAsync(quote, $"Your quote {number} is ready", Invariant(
                $"your quote {number} (revision {quote.Revision}) is ready: {issued.Totals.Total} in total, with a deposit of {issued.Totals.Deposit} due on acceptance.\n\nIt is valid until {quote.ValidUntilUtc:d MMMM yyyy}. The quote is attached; accept or decline it on its page in the portal.\n"),
                QuotePdfAttachment.Of(quote), cancellationToken),
            QuoteAccepted => AcceptedAsync(quote, cancellationToken),
            QuoteDeclined => mail.ToStaffAsync(quote, $"Quote {number} declined", $"{by} declined quote {number}:\n\n{quote.DeclineReason}\n", cancellationToken),
            QuoteExpired => mail.ToRequesterAsync(quote, $"Quote {number} has expired", Invariant(
                $"quote {number} was valid until {quote.ValidUntilUtc:d MMMM yyyy} and has expired. Ask our sales team for a new revision if you still need it.\n"), cancellationToken),
            _ => Task.CompletedTask,
        };
    }

    private async Task SubmittedAsync(QuoteSubmitted submitted, CancellationToken cancellationToken)
    {
        var quote = submitted.Quote;
        var organization = await OrganizationOfAsync(quote, cancellationToken);
        await mail.ToRequesterAsync(quote, $"We received your quote request {quote.Number}",
            $"thank you: your quote request {quote.Number} for {quote.RackCount} racks " +
            $"(delivery {quote.RequestedQuarter}) is with our sales team, who aim to answer within {ReviewQueue.Target}.\n", cancellationToken);
        await mail.ToSalesAsync(quote, $"{(submitted.Again ? "Changed" : "New")} quote request {quote.Number} from {organization}",
            $"{acting.Actor.Name} of {organization} {(submitted.Again ? "changed and resubmitted" : "submitted")} {quote.Number}: {quote.RackCount} racks, delivery {quote.RequestedQuarter}.\n",
            cancellationToken);
    }

    private async Task SubmittedFromOfferAsync(QuoteSubmittedFromOffer offer, CancellationToken cancellationToken)
    {
        var (quote, units, product, quarter) = (offer.Quote, offer.Units, offer.Product, offer.Quarter);
        await mail.ToRequesterAsync(quote, $"We received your quote request {quote.Number}",
            $"you accepted the waitlist offer of {units} × {product} in {quarter}. It is now quote request {quote.Number}, with the units held for it; our sales team will price it and may ask you to complete the configuration.\n",
            cancellationToken);
        await mail.ToSalesAsync(quote, $"New quote request {quote.Number} from a waitlist offer",
            $"{acting.Actor.Name} accepted a waitlist offer of {units} × {product} in {quarter}: {quote.Number}, with the units held.\n", cancellationToken);
    }

    /// <summary>Staff who cancel tell the customer; a customer who cancels tells the staff.</summary>
    private Task CancelledAsync(QuoteCancelled cancelled, CancellationToken cancellationToken)
    {
        var quote = cancelled.Quote;
        var text = $"{acting.Actor.Name} cancelled quote request {quote.Number}{(cancelled.Reason is null ? "." : $": {cancelled.Reason}")}\n";
        return acting.Actor.IsStaff
            ? mail.ToRequesterAsync(quote, $"Quote request {quote.Number} cancelled", text, cancellationToken)
            : mail.ToStaffAsync(quote, $"Quote request {quote.Number} cancelled by the customer", text, cancellationToken);
    }

    private async Task HeldAsync(HeldForExportLicence held, CancellationToken cancellationToken)
    {
        var country = await db.Sites.Where(s => s.Id == held.Quote.SiteId).Select(s => s.CountryCode).SingleAsync(cancellationToken);
        await mail.ToComplianceAsync($"{held.Quote.Number} needs an export licence",
            $"{acting.Actor.Name} approved {held.Quote.Number}, whose lines need an export licence to {country}:\n{held.Evidence}\n\nClear it with the licence, or refuse it, in the portal under Compliance → Export holds.\n",
            cancellationToken);
    }

    private async Task RefusedAsync(ExportRefused refused, CancellationToken cancellationToken)
    {
        var quote = refused.Quote;
        await mail.ToRequesterAsync(quote, $"Your quote request {quote.Number} cannot be issued",
            $"we cannot issue {quote.Number}: the export of its products to your site was refused.\n\n{refused.Reason}\n\nOur sales team can tell you more.\n", cancellationToken);
        await mail.ToStaffAsync(quote, $"{quote.Number} refused for export", $"{acting.Actor.Name} refused the export of {quote.Number}: {refused.Reason}\n", cancellationToken);
    }

    /// <summary>The deposit asked for is the one the acceptance adds to the same unit of work: the company's Finance people get its invoice.</summary>
    private async Task AcceptedAsync(Quote quote, CancellationToken cancellationToken)
    {
        var acceptance = quote.Acceptance!;
        var deposit = db.Deposits.Local.Single(d => d.QuoteId == quote.Id && d.QuoteRevision == quote.Revision);
        await mail.ToFinanceAsync(quote, $"Deposit of {deposit.Amount} due on {quote.Number}",
            $"quote {quote.Number}, revision {acceptance.Revision}, is accepted ({acceptance.Name}, {acceptance.Title}). A deposit of {deposit.Amount} is now due by {Deposit.Describe(deposit.Method)} (reference {deposit.Reference}); its invoice is attached. Pay it from the quote's page.\n",
            QuoteMail.InvoiceOf(deposit), cancellationToken);
        await mail.ToStaffAsync(quote, $"Quote {quote.Number} accepted",
            $"{acceptance.Name} ({acceptance.Title}) accepted quote {quote.Number}, revision {acceptance.Revision}{QuoteAuditTrail.PurchaseOrder(acceptance)}. A deposit of {deposit.Amount} is due by {Deposit.Describe(deposit.Method)} (reference {deposit.Reference}).\n",
            cancellationToken);
    }

    private Task<string> OrganizationOfAsync(Quote quote, CancellationToken cancellationToken) =>
        db.Organizations.Where(o => o.Id == quote.OrganizationId).Select(o => o.Name).SingleAsync(cancellationToken);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
