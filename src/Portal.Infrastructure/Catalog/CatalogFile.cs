using Portal.Application.Catalog;
using Portal.Application.Compliance;
using Portal.Application.Configurations;
using Portal.Domain.Pricing;
using Portal.Domain.Catalog;

namespace Portal.Infrastructure.Catalog;

/// <summary>The JSON file a vendor loads its profile and catalog from (see demo-vendor.json).</summary>
public sealed record CatalogFile(
    VendorProfile Vendor,
    ConfigurationRulesEntry Rules,
    IReadOnlyList<VolumeTier> VolumeTiers,
    IReadOnlyList<ProductEntry> Products,
    ComplianceData? Compliance = null)
{
    public ConfigurationPolicy Policy =>
        new(Rules.MaxComponentQuantityPerRack, new VolumeDiscountSchedule(VolumeTiers));
}

/// <summary>The vendor's limit for rack configurations, and its rules file (read by <see cref="RulesFileReader"/>), beside the catalog file.</summary>
public sealed record ConfigurationRulesEntry(string File, int MaxComponentQuantityPerRack);

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
    IReadOnlyList<SupplyEntry>? Supply,
    int? MaxWaitlistQuantity = null,
    decimal? ReservationDeposit = null,
    string? ExportClassification = null);

/// <summary>Supply of a quarter counted from the current one (0), so the demo stays current; taken units count as committed.</summary>
public sealed record SupplyEntry(int QuarterOffset, int Units, int Taken);
