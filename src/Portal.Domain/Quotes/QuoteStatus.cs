namespace Portal.Domain.Quotes;

/// <summary>
/// Where a quote stands in its lifecycle (.docs/product.md, "The quote's lifecycle").
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

    /// <summary>Approved, but a line needs an export licence for the site's country: a compliance officer clears it (and it is issued) or refuses it.</summary>
    ComplianceHold,
    Issued,
    Accepted,

    /// <summary>The deposit of the accepted revision is paid: the supply it held is committed.</summary>
    DepositPaid,
    Declined,
    Expired,
    Rejected,
    Cancelled,
}
