using Portal.Domain.Common;

namespace Portal.Domain.Pricing;

/// <summary>The totals of a set of priced lines; the total is always the sum of the lines' amounts.</summary>
public sealed record PriceSummary(IReadOnlyList<PricedLine> Lines, string Currency)
{
    public Money ListTotal => Sum(l => l.ListAmount);

    public Money VolumeDiscount => Sum(l => l.VolumeDiscount);

    public Money SalesDiscount => Sum(l => l.SalesDiscount);

    public Money Total => Sum(l => l.Amount);

    private Money Sum(Func<PricedLine, Money> part) => Lines.Select(part).Aggregate(Money.Zero(Currency), (a, b) => a + b);
}
