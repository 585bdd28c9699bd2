using Portal.Application.Catalog;
using Portal.Application.Configurations;
using Portal.Domain.Configurations;
using Portal.Domain.Pricing;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes;

/// <summary>Prices a quote from the catalog: rack lines get the volume tier of the whole request, loose products list price.</summary>
public sealed class QuotePricing(ConfigurationPolicy policy, VendorProfile vendor)
{
    public PriceSummary Price(Quote quote)
    {
        var tier = policy.VolumeDiscounts.TierFor(Math.Max(1, quote.RackCount));
        var racks = quote.Configurations.Select(c => new PricedLine(ToRack(c).ListPrice, c.RackCount, tier.DiscountPercent, 0m));
        var products = quote.Products.Select(p => new PricedLine(p.Product!.ListPrice, p.Quantity, 0m, 0m));
        return new PriceSummary(racks.Concat(products).ToList(), vendor.Currency);
    }

    public VolumeTier TierOf(Quote quote) => policy.VolumeDiscounts.TierFor(Math.Max(1, quote.RackCount));

    public static RackConfiguration ToRack(QuoteConfiguration configuration) =>
        new(configuration.Rack!, configuration.Components.Select(c => new ComponentLine(c.Product!, c.Quantity)));
}
