using Portal.Application.Configurations;
using Portal.Domain.Common;
using Portal.Domain.Configurations;
using Portal.Domain.Pricing;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Pricing;

/// <summary>A rack configuration of a quote with its product lines priced.</summary>
public sealed record ConfigurationPrice(QuoteConfiguration Configuration, RackConfiguration Rack, IReadOnlyList<ProductPrice> Lines, Money Subtotal)
{
    /// <summary>The sales discount of the configuration's lines; they share it.</summary>
    public decimal SalesDiscountPercent => Lines.Count > 0 ? Lines[0].Line.SalesDiscountPercent : 0m;

    /// <summary>The quarter the configuration's supply comes from; its lines share it.</summary>
    public Quarter? Quarter => Lines.Count > 0 ? Lines[0].Quarter : null;
}

/// <summary>A quote priced line by line: its configurations, its loose products with their subtotal, the volume tier and the totals.</summary>
public sealed record QuotePrice(
    IReadOnlyList<ConfigurationPrice> Configurations,
    IReadOnlyList<ProductPrice> Products,
    Money ProductsSubtotal,
    VolumeTier Tier,
    PriceSummary Summary);
