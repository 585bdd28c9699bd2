using Portal.Application.Catalog;
using Portal.Domain.Catalog;

namespace Portal.Infrastructure.Catalog;

/// <summary>The JSON file a vendor loads its profile and catalog from (see demo-vendor.json).</summary>
public sealed record CatalogFile(VendorProfile Vendor, IReadOnlyList<VolumeTierEntry> VolumeTiers, IReadOnlyList<ProductEntry> Products);

public sealed record VolumeTierEntry(int MinRacks, decimal DiscountPercent);

public sealed record ProductEntry(
    string Sku,
    string Name,
    ProductFamily Family,
    Lifecycle Lifecycle,
    string Summary,
    decimal ListPrice,
    int LeadTimeWeeks,
    int HeightU,
    int PowerWatts,
    int WeightKg,
    int MaxQuantityPerOrder,
    RackSpecification? Rack,
    IReadOnlyList<string>? Fits,
    IReadOnlyDictionary<string, string>? Specifications,
    IReadOnlyList<SupplyEntry>? Supply);

/// <summary>Supply of a quarter counted from the current one (0), so the demo stays current; taken units count as committed.</summary>
public sealed record SupplyEntry(int QuarterOffset, int Units, int Taken);
