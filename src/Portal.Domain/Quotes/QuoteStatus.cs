namespace Portal.Domain.Quotes;

/// <summary>
/// Where a quote stands in its lifecycle (DESIGN.md section 4). Pricing, approval, issue and the customer's answer
/// come with the rest of the sales workflow.
/// </summary>
public enum QuoteStatus
{
    Draft,
    Submitted,
    InReview,
    ChangesRequested,
    Rejected,
    Cancelled,
}
