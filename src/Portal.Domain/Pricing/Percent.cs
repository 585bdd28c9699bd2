using Portal.Domain.Common;

namespace Portal.Domain.Pricing;

/// <summary>A percentage applied to an amount once, rounded half away from zero to the minor unit.</summary>
public static class Percent
{
    public const decimal Max = 100m;

    public static Money Of(Money amount, decimal percent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(percent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, Max);
        var minor = Math.Round(amount.MinorUnits * percent / 100m, MidpointRounding.AwayFromZero);
        return new Money((long)minor, amount.Currency);
    }
}
