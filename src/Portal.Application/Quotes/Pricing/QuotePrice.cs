using Portal.Application.Configurations;
using Portal.Domain.Common;
using Portal.Domain.Configurations;
using Portal.Domain.Pricing;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Pricing;

/// <summary>A rack configuration of a quote with its product lines priced.</summary>
public sealed record ConfigurationPrice(QuoteConfiguration Configuration, RackConfiguration Rack, IReadOnlyList<ProductPrice> Lines, Money Subtotal);

/// <summary>A quote priced line by line: its configurations, its loose products with their subtotal, the volume tier and the totals.</summary>
public sealed record QuotePrice(
    IReadOnlyList<ConfigurationPrice> Configurations,
    IReadOnlyList<ProductPrice> Products,
    Money ProductsSubtotal,
    VolumeTier Tier,
    PriceSummary Summary);
