namespace Portal.Domain.Quotes;

/// <summary>The groups of states the lifecycle treats alike, named once for the domain, the queries and the pages.</summary>
public static class QuoteStatusRules
{
    /// <summary>Waiting for sales: submitted, or in review.</summary>
    public static bool IsOpen(this QuoteStatus status) => status is QuoteStatus.Submitted or QuoteStatus.InReview;

    /// <summary>Submitted and not yet issued, still being priced or decided: the pipeline counts it at its estimated value.</summary>
    public static readonly IReadOnlyList<QuoteStatus> BeforeIssue =
    [
        QuoteStatus.Submitted, QuoteStatus.InReview, QuoteStatus.PendingApproval, QuoteStatus.ChangesRequested, QuoteStatus.Approved,
        QuoteStatus.ComplianceHold,
    ];

    /// <summary>The customer or sales may still cancel it: submitted, and up to accepted (before any deposit).</summary>
    public static bool IsCancellable(this QuoteStatus status) =>
        status.IsOpen() || status is QuoteStatus.ChangesRequested or QuoteStatus.PendingApproval or QuoteStatus.Approved
            or QuoteStatus.ComplianceHold or QuoteStatus.Issued or QuoteStatus.Accepted;

    /// <summary>It has ended without an order: whatever supply it held goes back.</summary>
    public static bool IsClosed(this QuoteStatus status) =>
        status is QuoteStatus.Rejected or QuoteStatus.Cancelled or QuoteStatus.Declined or QuoteStatus.Expired;

    /// <summary>Sales may revise it into a new revision: issued and not yet answered, declined, or expired.</summary>
    public static bool IsRevisable(this QuoteStatus status) =>
        status is QuoteStatus.Issued or QuoteStatus.Declined or QuoteStatus.Expired;
}
