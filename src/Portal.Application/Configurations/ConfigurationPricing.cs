using Portal.Domain.Catalog;
using Portal.Domain.Common;
using Portal.Domain.Configurations;
using Portal.Domain.Pricing;

namespace Portal.Application.Configurations;

/// <summary>A product's line in a priced configuration or quote; on a quote, with the quarter whose supply it draws on.</summary>
public sealed record ProductPrice(Product Product, PricedLine Line, Quarter? Quarter = null);

public static class ConfigurationPricing
{
    /// <summary>
    /// One line per product a number of racks take (the rack itself first), each with the volume tier's discount and
    /// then the sales discount: each is rounded once per product line, so the quote's total is exactly the sum of the
    /// lines it prints.
    /// </summary>
    public static IReadOnlyList<ProductPrice> Lines(RackBuild configuration, int rackCount, VolumeTier tier,
        decimal salesDiscountPercent = 0m, Quarter? quarter = null) =>
        configuration.UnitsFor(rackCount)
            .Select(u => new ProductPrice(u.Product, new PricedLine(u.Product.ListPrice, u.Units, tier.DiscountPercent, salesDiscountPercent), quarter))
            .ToList();
}
