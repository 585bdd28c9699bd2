using Portal.Domain.Catalog;

namespace Portal.Application.Catalog.UpdateProduct;

/// <summary>An admin's edit of a product; the price is typed in major units (dollars), the classification as an ECCN or EAR99.</summary>
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
    int MaxQuantityPerOrder,
    string? ExportClassification);
