using Portal.Application.Catalog;
using Portal.Application.Common;
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
    /// <summary>The quote as sales prices it, with every line's sales discount.</summary>
    public QuotePrice Price(Quote quote) => Price(quote, quote.DiscountOf);

    /// <summary>
    /// What an actor may see of a quote's price: staff the pricing as it stands; a customer the sales discounts only once
    /// the current revision is issued, and before that an estimate from list prices and the volume tier, so that a
    /// discount sales typed but was not allowed to give (or has not given yet) never reaches the customer.
    /// </summary>
    public QuotePrice PriceFor(QuoteView view, Actor actor) =>
        actor.IsStaff || view.CurrentRevisionIssued ? Price(view.Quote) : Price(view.Quote, _ => 0m);

    private QuotePrice Price(Quote quote, Func<QuoteLine, decimal> discountOf)
    {
        var tier = policy.VolumeDiscounts.TierFor(Math.Max(1, quote.RackCount));
        var racks = quote.Racks.Select(rack =>
        {
            var build = BuildOf(rack);
            var lines = ConfigurationPricing.Lines(build, rack.RackCount, tier, discountOf(rack), quote.QuarterOf(rack));
            return new RackPrice(rack, build, lines, Summary(lines).Total);
        }).ToList();
        var products = quote.Products
            .Select(p => new ProductPrice(p.Product!, new PricedLine(p.Product!.ListPrice, p.Quantity, 0m, discountOf(p)), quote.QuarterOf(p)))
            .ToList();
        return new QuotePrice(racks, products, Summary(products).Total, tier, Summary(racks.SelectMany(r => r.Lines).Concat(products)));
    }

    public static RackBuild BuildOf(QuoteRack rack) =>
        new(rack.Rack!, rack.Components.Select(c => new ComponentLine(c.Product!, c.Quantity)));

    private PriceSummary Summary(IEnumerable<ProductPrice> lines) => new(lines.Select(l => l.Line).ToList(), vendor.Currency);
}
