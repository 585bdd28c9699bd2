using Portal.Application.Catalog;
using Portal.Application.Configurations;
using Portal.Domain.Configurations;
using Portal.Domain.Pricing;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Pricing;

/// <summary>
/// Prices a quote from the catalog: rack lines get the volume tier of the whole request, loose products list price; then
/// each line's sales discount (its own or the quote's). Each product line carries the quarter its supply comes from.
/// </summary>
public sealed class QuotePricing(ConfigurationPolicy policy, VendorProfile vendor)
{
    public QuotePrice Price(Quote quote)
    {
        var tier = policy.VolumeDiscounts.TierFor(Math.Max(1, quote.RackCount));
        var configurations = quote.Configurations.Select(c =>
        {
            var rack = ToRack(c);
            var lines = ConfigurationPricing.Lines(rack, c.RackCount, tier, quote.DiscountOf(c), quote.QuarterOf(c));
            return new ConfigurationPrice(c, rack, lines, Summary(lines).Total);
        }).ToList();
        var products = quote.Products
            .Select(p => new ProductPrice(p.Product!, new PricedLine(p.Product!.ListPrice, p.Quantity, 0m, quote.DiscountOf(p)), quote.QuarterOf(p)))
            .ToList();
        return new QuotePrice(configurations, products, Summary(products).Total, tier, Summary(configurations.SelectMany(c => c.Lines).Concat(products)));
    }

    public static RackConfiguration ToRack(QuoteConfiguration configuration) =>
        new(configuration.Rack!, configuration.Components.Select(c => new ComponentLine(c.Product!, c.Quantity)));

    private PriceSummary Summary(IEnumerable<ProductPrice> lines) => new(lines.Select(l => l.Line).ToList(), vendor.Currency);
}
