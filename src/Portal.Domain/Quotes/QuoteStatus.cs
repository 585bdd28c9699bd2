namespace Portal.Domain.Quotes;

/// <summary>Where a quote stands; the sales half of the lifecycle (review, approval, issue) comes with its own issue.</summary>
public enum QuoteStatus
{
    Draft,
    Submitted,
}
