using Portal.Domain.Common;

namespace Portal.Domain.Pricing;

/// <summary>
/// One priced line: list amount, then the volume discount, then the sales discount, each percentage applied once to
/// the line and rounded half away from zero.
/// </summary>
public sealed record PricedLine(
    Money UnitPrice,
    int Quantity,
    decimal VolumeDiscountPercent,
    decimal SalesDiscountPercent)
{
    public Money ListAmount => UnitPrice.Times(Quantity);

    public Money VolumeDiscount => Percent.Of(ListAmount, VolumeDiscountPercent);

    public Money SalesDiscount => Percent.Of(ListAmount - VolumeDiscount, SalesDiscountPercent);

    public Money Amount => ListAmount - VolumeDiscount - SalesDiscount;
}
