using Portal.Domain.Common;

namespace Portal.Domain.Quotes;

/// <summary>
/// Something that happened to a quote, recorded by the method that did it: the quote as it is after the step, the
/// state it left and when. Saving the quote turns the event into its audit row, its mails and its webhook deliveries.
/// </summary>
public abstract record QuoteEvent(Quote Quote, QuoteStatus From, DateTime OccurredUtc) : IDomainEvent
{
    /// <summary>The state the step led to.</summary>
    public QuoteStatus To { get; } = Quote.Status;
}

/// <summary>
/// A customer opened a new draft. It has no id until its first save: the unit of work hands the event over once the
/// draft's row is written, in the same transaction (see <c>DomainEventsOnSave</c>).
/// </summary>
public sealed record DraftCreated(Quote Quote, DateTime OccurredUtc) : QuoteEvent(Quote, QuoteStatus.Draft, OccurredUtc);

/// <summary>A rack configuration was put on the request, or one on it was changed: <paramref name="RackCount"/> × <paramref name="Rack"/>.</summary>
/// <param name="Replaced">Whether it took the place of a configuration already on the request.</param>
public sealed record ConfigurationSaved(Quote Quote, DateTime OccurredUtc, string Rack, int RackCount, bool Replaced)
    : QuoteEvent(Quote, Quote.Status, OccurredUtc);

public sealed record ConfigurationRemoved(Quote Quote, DateTime OccurredUtc) : QuoteEvent(Quote, Quote.Status, OccurredUtc);

/// <summary>A loose product was added to the request (to its line, if it had one): <paramref name="Quantity"/> more × <paramref name="Product"/>.</summary>
public sealed record ProductAdded(Quote Quote, DateTime OccurredUtc, string Product, int Quantity) : QuoteEvent(Quote, Quote.Status, OccurredUtc);

public sealed record ProductRemoved(Quote Quote, DateTime OccurredUtc) : QuoteEvent(Quote, Quote.Status, OccurredUtc);

/// <summary>The customer saved the request's site, delivery quarter and notes.</summary>
public sealed record DetailsSaved(Quote Quote, DateTime OccurredUtc, Quarter? RequestedQuarter) : QuoteEvent(Quote, Quote.Status, OccurredUtc);

/// <summary>The customer submitted the request, for the first time or again after changes were requested.</summary>
public sealed record QuoteSubmitted(Quote Quote, QuoteStatus From, DateTime OccurredUtc) : QuoteEvent(Quote, From, OccurredUtc)
{
    public bool Again => From == QuoteStatus.ChangesRequested;
}

/// <summary>A customer accepted a waitlist offer: the request is made from it, with the offered units held for it.</summary>
public sealed record QuoteSubmittedFromOffer(Quote Quote, QuoteStatus From, DateTime OccurredUtc, string Product, int Units, Quarter Quarter)
    : QuoteEvent(Quote, From, OccurredUtc);

public sealed record QuoteClaimed(Quote Quote, QuoteStatus From, DateTime OccurredUtc) : QuoteEvent(Quote, From, OccurredUtc);

public sealed record ChangesRequested(Quote Quote, QuoteStatus From, DateTime OccurredUtc, string Note) : QuoteEvent(Quote, From, OccurredUtc);

public sealed record QuoteRejected(Quote Quote, QuoteStatus From, DateTime OccurredUtc, string Reason) : QuoteEvent(Quote, From, OccurredUtc);

public sealed record DeliveryMoved(Quote Quote, DateTime OccurredUtc, Quarter? FromQuarter, Quarter ToQuarter)
    : QuoteEvent(Quote, Quote.Status, OccurredUtc);

/// <summary>Sales priced the request it reviews (the lines and terms are on the quote).</summary>
public sealed record QuotePriced(Quote Quote, DateTime OccurredUtc) : QuoteEvent(Quote, Quote.Status, OccurredUtc);

public sealed record ApprovalRequested(Quote Quote, QuoteStatus From, DateTime OccurredUtc) : QuoteEvent(Quote, From, OccurredUtc);

public sealed record SentBackForPricing(Quote Quote, QuoteStatus From, DateTime OccurredUtc, string Note) : QuoteEvent(Quote, From, OccurredUtc);

public sealed record QuoteApproved(Quote Quote, QuoteStatus From, DateTime OccurredUtc) : QuoteEvent(Quote, From, OccurredUtc);

/// <param name="Evidence">What the export check found: the lines and the rule that ask for a licence.</param>
public sealed record HeldForExportLicence(Quote Quote, QuoteStatus From, DateTime OccurredUtc, string Evidence) : QuoteEvent(Quote, From, OccurredUtc);

public sealed record ExportCleared(Quote Quote, QuoteStatus From, DateTime OccurredUtc) : QuoteEvent(Quote, From, OccurredUtc);

public sealed record ExportRefused(Quote Quote, QuoteStatus From, DateTime OccurredUtc, string Reason) : QuoteEvent(Quote, From, OccurredUtc);

public sealed record QuoteIssued(Quote Quote, QuoteStatus From, DateTime OccurredUtc, RevisionTotals Totals) : QuoteEvent(Quote, From, OccurredUtc);

public sealed record QuoteAccepted(Quote Quote, QuoteStatus From, DateTime OccurredUtc) : QuoteEvent(Quote, From, OccurredUtc);

/// <summary>An approver of the buyer approved the issued revision; <paramref name="StillNeeded"/> more approvals must come before it is accepted.</summary>
public sealed record BuyerApprovalGiven(Quote Quote, DateTime OccurredUtc, BuyerApproval Approval, int StillNeeded)
    : QuoteEvent(Quote, Quote.Status, OccurredUtc);

/// <summary>The revision the buyer's approvers approved was replaced or expired: their approvals (<paramref name="Approvers"/>) no longer count.</summary>
public sealed record BuyerApprovalsDropped(Quote Quote, DateTime OccurredUtc, int Revision, string Approvers)
    : QuoteEvent(Quote, Quote.Status, OccurredUtc);

public sealed record QuoteDeclined(Quote Quote, QuoteStatus From, DateTime OccurredUtc) : QuoteEvent(Quote, From, OccurredUtc);

public sealed record QuoteExpired(Quote Quote, QuoteStatus From, DateTime OccurredUtc) : QuoteEvent(Quote, From, OccurredUtc);

/// <summary>Sales opened the quote's next revision; the one before can no longer be accepted.</summary>
public sealed record QuoteRevised(Quote Quote, QuoteStatus From, DateTime OccurredUtc) : QuoteEvent(Quote, From, OccurredUtc);

/// <param name="Reason">Why, in the canceller's words; null when none was given.</param>
public sealed record QuoteCancelled(Quote Quote, QuoteStatus From, DateTime OccurredUtc, string? Reason) : QuoteEvent(Quote, From, OccurredUtc);

/// <param name="Receipt">What arrived and how: the amount and the way it was paid.</param>
public sealed record DepositConfirmed(Quote Quote, QuoteStatus From, DateTime OccurredUtc, string Receipt) : QuoteEvent(Quote, From, OccurredUtc);

public sealed record CancelledAfterDeposit(Quote Quote, QuoteStatus From, DateTime OccurredUtc, string Reason) : QuoteEvent(Quote, From, OccurredUtc);
