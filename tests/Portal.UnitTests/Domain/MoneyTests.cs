using Portal.Domain.Common;

namespace Portal.UnitTests.Domain;

public sealed class MoneyTests
{
    [Fact]
    public void AmountsAddAndMultiplyInMinorUnits()
    {
        var price = new Money(4_800_050, "USD");

        Assert.Equal(new Money(9_600_100, "USD"), price + price);
        Assert.Equal(new Money(14_400_150, "USD"), price.Times(3));
        Assert.Equal(48_000.50m, price.Major);
        Assert.Equal("USD 48,000.50", price.ToString());
    }

    [Fact]
    public void DifferentCurrenciesDoNotMix() =>
        Assert.Throws<InvalidOperationException>(() => new Money(1, "USD") + new Money(1, "EUR"));

    [Fact]
    public void AnOverflowIsAnErrorNotAWrongTotal() =>
        Assert.Throws<OverflowException>(() => new Money(long.MaxValue / 2, "USD").Times(3));
}
