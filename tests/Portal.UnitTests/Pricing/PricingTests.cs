using CsCheck;
using Portal.Domain.Common;
using Portal.Domain.Pricing;

namespace Portal.UnitTests.Pricing;

public sealed class PricingTests
{
    private static readonly VolumeDiscountSchedule Schedule = new([new VolumeTier(1, 0m), new VolumeTier(4, 3m), new VolumeTier(10, 6m), new VolumeTier(25, 9m)]);

    [Theory]
    [InlineData(1, 0)]
    [InlineData(3, 0)]
    [InlineData(4, 3)]
    [InlineData(9, 3)]
    [InlineData(10, 6)]
    [InlineData(100, 9)]
    public void TheTierIsTheHighestTheRackCountReaches(int racks, decimal percent) =>
        Assert.Equal(percent, Schedule.TierFor(racks).DiscountPercent);

    [Fact]
    public void TheNextTierTellsHowManyMoreRacksLowerThePrice()
    {
        Assert.Equal(4, Schedule.NextTierAfter(2)!.MinRacks);
        Assert.Null(Schedule.NextTierAfter(30));
    }

    [Fact]
    public void ALineAppliesTheVolumeThenTheSalesDiscountEachRoundedOnceHalfAwayFromZero()
    {
        var line = new PricedLine(new Money(33_333, "USD"), 3, 3m, 10m);

        Assert.Equal(99_999, line.ListAmount.MinorUnits);
        Assert.Equal(3_000, line.VolumeDiscount.MinorUnits);        // 2,999.97 rounds to 3,000
        Assert.Equal(9_700, line.SalesDiscount.MinorUnits);         // 10 % of 96,999 = 9,699.9
        Assert.Equal(87_299, line.Amount.MinorUnits);
    }

    [Fact]
    public void AHalfCentRoundsAwayFromZero() =>
        Assert.Equal(1, Percent.Of(new Money(10, "USD"), 5m).MinorUnits);

    private static readonly Gen<PricedLine> Lines =
        Gen.Select(Gen.Long[0, 100_000_000_00L], Gen.Int[1, 1_000], Gen.Int[0, 2_500], Gen.Int[0, 2_500],
            (price, quantity, volume, sales) => new PricedLine(new Money(price, "USD"), quantity, volume / 100m, sales / 100m));

    [Fact]
    public void TheTotalIsTheSumOfTheLinesAndNeverNegative() =>
        Lines.List[0, 50].Sample(lines =>
        {
            var summary = new PriceSummary(lines, "USD");
            Assert.Equal(lines.Sum(l => l.Amount.MinorUnits), summary.Total.MinorUnits);
            Assert.Equal(summary.ListTotal - summary.VolumeDiscount - summary.SalesDiscount, summary.Total);
            Assert.True(summary.Total.MinorUnits >= 0);
        });

    [Fact]
    public void EachLineIsRoundedOnceFromItsExactAmount() =>
        Lines.Sample(line =>
        {
            var list = line.UnitPrice.MinorUnits * (decimal)line.Quantity;
            var volume = Math.Round(list * line.VolumeDiscountPercent / 100m, MidpointRounding.AwayFromZero);
            var sales = Math.Round((list - volume) * line.SalesDiscountPercent / 100m, MidpointRounding.AwayFromZero);
            Assert.Equal(list - volume - sales, line.Amount.MinorUnits);
            Assert.True(Math.Abs(line.Amount.MinorUnits - list * (1 - line.VolumeDiscountPercent / 100m) * (1 - line.SalesDiscountPercent / 100m)) <= 1m);
        });
}
