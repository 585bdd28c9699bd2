namespace Portal.Application.Quotes.Drafts;

/// <summary>The draft's site, delivery quarter ("2027-Q2") and notes.</summary>
public sealed record DescribeDraftCommand(int? SiteId, string? RequestedQuarter, string? Notes);

/// <summary>A product outside any rack: a service, spares.</summary>
public sealed record AddProductCommand(string? Sku, int Quantity);
