namespace Portal.Application.Quotes.DescribeDraft;

/// <summary>The draft's site, delivery quarter ("2027-Q2") and notes.</summary>
public sealed record DescribeDraftCommand(int? SiteId, string? RequestedQuarter, string? Notes);
