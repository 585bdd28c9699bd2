namespace Portal.Domain.Quotes;

/// <summary>
/// Where a quote stands in its lifecycle (DESIGN.md section 4). Export holds and deposits come with their own parts of
/// the workflow.
/// </summary>
public enum QuoteStatus
{
    Draft,
    Submitted,
    InReview,

    /// <summary>Priced with a discount above sales' authority: waits for an admin to approve it or send it back.</summary>
    PendingApproval,
    ChangesRequested,
    Approved,
    Issued,
    Accepted,
    Declined,
    Expired,
    Rejected,
    Cancelled,
}
