namespace Portal.Domain.Common;

/// <summary>An amount as an integer count of the currency's minor unit (cents), as Stripe counts it.</summary>
public readonly record struct Money(long MinorUnits, string Currency)
{
    public const int CurrencyLength = 3;

    /// <summary>Minor units in one major unit: cents in a dollar.</summary>
    public const int MinorUnitsPerMajor = 100;

    public static Money Zero(string currency) => new(0, currency);

    /// <summary>
    /// An amount typed or read in major units (dollars), rounded to the nearest minor unit half away from zero, the way
    /// money rounds everywhere (.docs/decisions/001): 0.005 is a cent, -0.005 minus one. An amount no <c>long</c> can
    /// count throws <see cref="OverflowException"/>.
    /// </summary>
    public static Money FromMajor(decimal major, string currency) =>
        new(decimal.ToInt64(decimal.Round(major * MinorUnitsPerMajor, MidpointRounding.AwayFromZero)), currency);

    /// <summary>A count of minor units as a decimal in major units (dollars), for display and for forms.</summary>
    public static decimal ToMajor(long minorUnits) => (decimal)minorUnits / MinorUnitsPerMajor;

    public static Money operator +(Money left, Money right)
    {
        EnsureSameCurrency(left, right);
        return new Money(left.MinorUnits + right.MinorUnits, left.Currency);
    }

    public static Money operator -(Money left, Money right)
    {
        EnsureSameCurrency(left, right);
        return new Money(left.MinorUnits - right.MinorUnits, left.Currency);
    }

    public Money Times(int quantity) => new(checked(MinorUnits * quantity), Currency);

    /// <summary>The amount as a decimal in major units (dollars), for display only.</summary>
    public decimal Major => ToMajor(MinorUnits);

    public override string ToString() => $"{Currency} {Major:N2}";

    private static void EnsureSameCurrency(Money left, Money right)
    {
        if (left.Currency != right.Currency)
        {
            throw new InvalidOperationException($"Cannot combine {left.Currency} and {right.Currency}.");
        }
    }
}
