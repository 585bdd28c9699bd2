using System.Globalization;
using Portal.Application.Catalog;
using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Application.Quotes.Pricing;
using Portal.Domain.Auditing;
using Portal.Domain.Pricing;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Events;

/// <summary>Writes each quote event's audit row, at the time of the step, for the actor of the unit of work.</summary>
public sealed class QuoteAuditTrail(IPortalDb db, Acting acting, QuotePricing pricing, VendorProfile vendor) : IHandles<QuoteEvent>
{
    public Task HandleAsync(QuoteEvent happened, CancellationToken cancellationToken)
    {
        var (action, from, to, reason) = RowOf(happened);
        db.AuditEvents.Add(new AuditEvent(happened.OccurredUtc, acting.Actor.Name, QuoteAudit.EntityType,
            happened.Quote.Id.ToString(CultureInfo.InvariantCulture), action, from, to, reason));
        return Task.CompletedTask;
    }

    private (AuditAction Action, string? From, string? To, string? Reason) RowOf(QuoteEvent happened)
    {
        var (quote, from, to) = (happened.Quote, happened.From.ToString(), happened.To.ToString());
        return happened switch
        {
            DraftCreated => (QuoteAudit.Created, null, to, null),
            ConfigurationSaved saved => (saved.Replaced ? QuoteAudit.ConfigurationChanged : QuoteAudit.ConfigurationAdded, null, $"{saved.RackCount} × {saved.Rack}", null),
            ConfigurationRemoved => (QuoteAudit.ConfigurationRemoved, null, null, null),
            ProductAdded added => (QuoteAudit.ProductAdded, null, $"{added.Quantity} × {added.Product}", null),
            ProductRemoved => (QuoteAudit.ProductRemoved, null, null, null),
            DetailsSaved saved => (QuoteAudit.DetailsSaved, null, saved.RequestedQuarter?.ToString(), null),
            QuoteSubmitted submitted => (submitted.Again ? QuoteAudit.Resubmitted : QuoteAudit.Submitted, from, to, null),
            QuoteSubmittedFromOffer => (QuoteAudit.Submitted, from, to, "From a waitlist offer"),
            QuoteClaimed => (QuoteAudit.Claimed, from, to, null),
            ChangesRequested changes => (QuoteAudit.ChangesRequested, from, to, changes.Note),
            QuoteRejected rejected => (QuoteAudit.Rejected, from, to, rejected.Reason),
            DeliveryMoved moved => (QuoteAudit.DeliveryMoved, moved.FromQuarter?.ToString(), moved.ToQuarter.ToString(), null),
            QuotePriced => (QuoteAudit.Priced, from, to, Invariant(
                $"Total {pricing.Price(quote).Summary.Total}, sales discount up to {quote.HighestDiscount:0.##} %, valid {quote.ValidityDays ?? vendor.QuoteTerms.ValidityDays} days")),
            ApprovalRequested => (QuoteAudit.ApprovalRequested, from, to, WhyApproval(quote)),
            SentBackForPricing sentBack => (QuoteAudit.SentBackToSales, from, to, sentBack.Note),
            QuoteApproved => (QuoteAudit.Approved, from, to, quote.HighestDiscount > 0 ? Invariant($"Sales discount up to {quote.HighestDiscount:0.##} %") : null),
            HeldForExportLicence held => (QuoteAudit.HeldForLicence, from, to, held.Evidence),
            ExportCleared => (QuoteAudit.ExportCleared, from, to, Invariant($"Licence {quote.ExportLicenceNumber}, valid until {quote.ExportLicenceExpiresUtc:d MMM yyyy}")),
            ExportRefused refused => (QuoteAudit.ExportRefused, from, to, refused.Reason),
            QuoteIssued => (QuoteAudit.Issued, from, to, Invariant($"Revision {quote.Revision}, valid until {quote.ValidUntilUtc:d MMM yyyy}")),
            QuoteAccepted => (QuoteAudit.Accepted, from, to, AcceptedBy(quote.Acceptance!)),
            BuyerApprovalGiven given => (QuoteAudit.BuyerApprovalGiven, null, null, Invariant(
                $"Revision {given.Approval.Revision} approved by {given.Approval.Name}, {given.Approval.Title}; {given.StillNeeded} more approval needed")),
            BuyerApprovalsDropped dropped => (QuoteAudit.BuyerApprovalsDropped, null, null, Invariant(
                $"The approvals of revision {dropped.Revision} by {dropped.Approvers} no longer count: that revision was {(dropped.Quote.Status == QuoteStatus.Expired ? "expired" : "replaced")}")),
            QuoteDeclined => (QuoteAudit.Declined, from, to, quote.DeclineReason),
            QuoteExpired => (QuoteAudit.Expired, from, to, null),
            QuoteRevised => (QuoteAudit.RevisionOpened, from, Invariant($"Revision {quote.Revision}"), null),
            QuoteCancelled cancelled => (QuoteAudit.Cancelled, from, to, cancelled.Reason),
            DepositConfirmed paid => (QuoteAudit.DepositPaid, from, to, paid.Receipt),
            CancelledAfterDeposit cancelled => (QuoteAudit.CancelledWithRefund, from, to, cancelled.Reason),
            _ => throw new InvalidOperationException($"No audit row is defined for {happened.GetType().Name}."),
        };
    }

    /// <summary>Why a priced quote needs an admin: its largest discount against the sales authority.</summary>
    public static string WhyApproval(Quote quote) =>
        Invariant($"Sales discount up to {quote.HighestDiscount:0.##} %, above the sales authority of {DiscountAuthority.Sales:0.##} %");

    private static string AcceptedBy(QuoteAcceptance acceptance) =>
        $"Revision {acceptance.Revision} accepted by {acceptance.Name}, {acceptance.Title}{PurchaseOrder(acceptance)}, from {acceptance.IpAddress}";

    /// <summary>", purchase order X", or nothing when the customer gave none.</summary>
    public static string PurchaseOrder(QuoteAcceptance acceptance) =>
        acceptance.PurchaseOrder is null ? "" : $", purchase order {acceptance.PurchaseOrder}";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
