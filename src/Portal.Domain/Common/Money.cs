namespace Portal.Domain.Common;

/// <summary>An amount as an integer count of the currency's minor unit (cents), as Stripe counts it.</summary>
public readonly record struct Money(long MinorUnits, string Currency)
{
    public const int CurrencyLength = 3;

    public static Money Zero(string currency) => new(0, currency);

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
    public decimal Major => MinorUnits / 100m;

    public override string ToString() => $"{Currency} {Major:N2}";

    private static void EnsureSameCurrency(Money left, Money right)
    {
        if (left.Currency != right.Currency)
        {
            throw new InvalidOperationException($"Cannot combine {left.Currency} and {right.Currency}.");
        }
    }
}
