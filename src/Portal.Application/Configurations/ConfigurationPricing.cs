using Portal.Domain.Catalog;
using Portal.Domain.Configurations;
using Portal.Domain.Pricing;

namespace Portal.Application.Configurations;

/// <summary>A product's line in a priced configuration or quote.</summary>
public sealed record ProductPrice(Product Product, PricedLine Line);

public static class ConfigurationPricing
{
    /// <summary>
    /// One line per product a number of racks take (the rack itself first), each with the volume tier's discount: the
    /// discount is rounded once per product line, so the quote's total is exactly the sum of the lines it prints.
    /// </summary>
    public static IReadOnlyList<ProductPrice> Lines(RackConfiguration configuration, int rackCount, VolumeTier tier) =>
        configuration.UnitsFor(rackCount)
            .Select(u => new ProductPrice(u.Product, new PricedLine(u.Product.ListPrice, u.Units, tier.DiscountPercent, 0m)))
            .ToList();
}
