using Portal.Application.Configurations;
using Portal.Domain.Common;
using Portal.Domain.Configurations;
using Portal.Domain.Pricing;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Pricing;

/// <summary>A rack of a quote, as built, with its product lines priced.</summary>
public sealed record RackPrice(QuoteRack Rack, RackBuild Build, IReadOnlyList<ProductPrice> Lines, Money Subtotal)
{
    /// <summary>The sales discount of the configuration's lines; they share it.</summary>
    public decimal SalesDiscountPercent => Lines.Count > 0 ? Lines[0].Line.SalesDiscountPercent : 0m;

    /// <summary>The quarter the configuration's supply comes from; its lines share it.</summary>
    public Quarter? Quarter => Lines.Count > 0 ? Lines[0].Quarter : null;
}

/// <summary>A quote priced line by line: its racks, its loose products with their subtotal, the volume tier and the totals.</summary>
public sealed record QuotePrice(
    IReadOnlyList<RackPrice> Racks,
    IReadOnlyList<ProductPrice> Products,
    Money ProductsSubtotal,
    VolumeTier Tier,
    PriceSummary Summary)
{
    /// <summary>The racks of every rack line: what the volume tier counts.</summary>
    public int RackCount => Racks.Sum(r => r.Rack.RackCount);
}
