namespace Portal.Domain.Pricing;

/// <summary>From this many racks in one request on, hardware lines get this discount.</summary>
public sealed record VolumeTier(int MinRacks, decimal DiscountPercent);
