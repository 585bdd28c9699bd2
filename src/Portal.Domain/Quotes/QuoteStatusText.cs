namespace Portal.Domain.Quotes;

/// <summary>How each quote status reads, in one table: as a page's label ("Changes requested") and inside a sentence ("Q-2026-000123 is sent back for changes").</summary>
public static class QuoteStatusText
{
    public static string Label(QuoteStatus status) => Of(status).Label;

    public static string Phrase(QuoteStatus status) => Of(status).Phrase;

    private static (string Label, string Phrase) Of(QuoteStatus status) => status switch
    {
        QuoteStatus.Draft => ("Draft", "a draft"),
        QuoteStatus.Submitted => ("Submitted", "submitted"),
        QuoteStatus.InReview => ("In review", "in review"),
        QuoteStatus.PendingApproval => ("Pending approval", "waiting for an admin's approval"),
        QuoteStatus.ChangesRequested => ("Changes requested", "sent back for changes"),
        QuoteStatus.Approved => ("Approved", "approved"),
        QuoteStatus.ComplianceHold => ("Export licence pending", "waiting for an export licence"),
        QuoteStatus.Issued => ("Issued", "issued"),
        QuoteStatus.Accepted => ("Accepted", "accepted"),
        QuoteStatus.DepositPaid => ("Deposit paid", "accepted with its deposit paid"),
        QuoteStatus.Declined => ("Declined", "declined"),
        QuoteStatus.Expired => ("Expired", "expired"),
        QuoteStatus.Rejected => ("Rejected", "rejected"),
        QuoteStatus.Cancelled => ("Cancelled", "cancelled"),
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not a quote status."),
    };
}
