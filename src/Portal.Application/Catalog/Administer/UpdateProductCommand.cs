using Portal.Domain.Catalog;

namespace Portal.Application.Catalog.Administer;

/// <summary>An admin's edit of a product; the price is typed in major units (dollars).</summary>
public sealed record UpdateProductCommand(
    string Sku,
    string Name,
    string Summary,
    Lifecycle Lifecycle,
    decimal ListPrice,
    int LeadTimeWeeks,
    int HeightU,
    int PowerWatts,
    int WeightKg,
    int MaxQuantityPerOrder);
