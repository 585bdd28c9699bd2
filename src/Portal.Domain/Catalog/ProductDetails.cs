using Portal.Domain.Common;

namespace Portal.Domain.Catalog;

/// <summary>The editable facts of a product, as a catalog file or an admin gives them.</summary>
public sealed record ProductDetails(
    string Name,
    string Summary,
    Lifecycle Lifecycle,
    Money ListPrice,
    int LeadTimeWeeks,
    int HeightU,
    int PowerWatts,
    int WeightKg,
    int MaxQuantityPerOrder);
