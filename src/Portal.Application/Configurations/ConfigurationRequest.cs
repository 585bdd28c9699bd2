namespace Portal.Application.Configurations;

/// <summary>What a buyer asks to evaluate: a base rack, components per rack, how many such racks, and the site.</summary>
public sealed record ConfigurationRequest(string? RackSku, IReadOnlyList<ComponentRequest> Components, int RackCount, int? SiteId);

public sealed record ComponentRequest(string? Sku, int Quantity);
