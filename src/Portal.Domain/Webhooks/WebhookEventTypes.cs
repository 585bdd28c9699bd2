namespace Portal.Domain.Webhooks;

/// <summary>The events an organization's webhook endpoints can subscribe to, as named in the payload's <c>type</c>.</summary>
public static class WebhookEventTypes
{
    public const string QuoteIssued = "quote.issued";
    public const string QuoteExpired = "quote.expired";
    public const string QuoteAwaitingApproval = "quote.awaiting_approval";
    public const string QuoteAccepted = "quote.accepted";
    public const string QuoteMessagePosted = "quote.message_posted";
    public const string OfferMade = "waitlist.offer_made";
    public const string DepositConfirmed = "deposit.confirmed";

    /// <summary>Every type, in the order the portal lists them, with what each means to a buyer.</summary>
    public static readonly IReadOnlyList<(string Type, string Meaning)> All =
    [
        (QuoteIssued, "A quote (or a new revision of it) is issued to you"),
        (QuoteExpired, "An issued quote passed its validity unanswered"),
        (QuoteAwaitingApproval, "An issued quote waits for an approval by your company (when issued, and after a first approval when it needs two)"),
        (QuoteAccepted, "An issued quote is accepted: the last approval it needed is given"),
        (QuoteMessagePosted, "Someone wrote on the conversation of one of your quotes"),
        (OfferMade, "Supply is offered to one of your waitlist entries"),
        (DepositConfirmed, "A deposit of yours is confirmed as paid"),
    ];

    public static bool IsKnown(string type) => All.Any(known => known.Type == type);
}
