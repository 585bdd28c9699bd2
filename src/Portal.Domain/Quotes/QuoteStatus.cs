namespace Portal.Domain.Quotes;

/// <summary>
/// Where a quote stands in its lifecycle (DESIGN.md section 4). Pricing above sales' authority (PendingApproval),
/// export holds and deposits come with their own parts of the workflow.
/// </summary>
public enum QuoteStatus
{
    Draft,
    Submitted,
    InReview,
    ChangesRequested,
    Approved,
    Issued,
    Accepted,
    Declined,
    Expired,
    Rejected,
    Cancelled,
}
