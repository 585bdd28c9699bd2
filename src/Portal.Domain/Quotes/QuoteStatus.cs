namespace Portal.Domain.Quotes;

/// <summary>
/// Where a quote stands in its lifecycle (DESIGN.md section 4). Export holds come with their own part of the workflow.
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

    /// <summary>The deposit of the accepted revision is paid: the supply it held is committed.</summary>
    DepositPaid,
    Declined,
    Expired,
    Rejected,
    Cancelled,
}
