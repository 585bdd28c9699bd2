using Portal.Domain.Catalog;
using Portal.Domain.Common;
using Portal.Domain.Payments;

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

    [Theory]
    [InlineData("48000.50", 4_800_050)]
    [InlineData("0.005", 1)]        // half a cent rounds up to a cent
    [InlineData("0.004", 0)]
    [InlineData("2.675", 268)]
    [InlineData("0.015", 2)]
    [InlineData("-0.005", -1)]      // and away from zero below it
    [InlineData("-2.675", -268)]
    [InlineData("-12.34", -1234)]
    [InlineData("0", 0)]
    public void AnAmountInMajorUnitsRoundsToTheCentHalfAwayFromZero(string major, long minorUnits) =>
        Assert.Equal(new Money(minorUnits, "USD"), Money.FromMajor(decimal.Parse(major, System.Globalization.CultureInfo.InvariantCulture), "USD"));

    [Fact]
    public void TheLargestAmountsACardAProductOrTheDatabaseHoldsConvertExactly()
    {
        Assert.Equal(Deposit.MaxCardMinorUnits, Money.FromMajor(999_999.99m, "USD").MinorUnits);
        Assert.Equal(Deposit.MaxCardMinorUnits + 1, Money.FromMajor(999_999.995m, "USD").MinorUnits);
        Assert.Equal(Product.MaxListPriceMinorUnits, Money.FromMajor(Money.ToMajor(Product.MaxListPriceMinorUnits), "USD").MinorUnits);
        Assert.Equal(long.MaxValue, Money.FromMajor(92_233_720_368_547_758.07m, "USD").MinorUnits);
        Assert.Equal(long.MinValue, Money.FromMajor(-92_233_720_368_547_758.08m, "USD").MinorUnits);
    }

    [Fact]
    public void AnAmountNoCountOfCentsHoldsIsAnErrorNotAWrongAmount()
    {
        Assert.Throws<OverflowException>(() => Money.FromMajor(92_233_720_368_547_758.08m, "USD"));
        Assert.Throws<OverflowException>(() => Money.FromMajor(decimal.MaxValue, "USD"));
    }

    [Theory]
    [InlineData(99_999_999, "999999.99")]
    [InlineData(-1, "-0.01")]
    [InlineData(long.MaxValue, "92233720368547758.07")]
    public void MinorUnitsReadBackInMajorUnitsExactly(long minorUnits, string major)
    {
        Assert.Equal(decimal.Parse(major, System.Globalization.CultureInfo.InvariantCulture), Money.ToMajor(minorUnits));
        Assert.Equal(new Money(minorUnits, "EUR"), Money.FromMajor(new Money(minorUnits, "EUR").Major, "EUR"));
    }
}
