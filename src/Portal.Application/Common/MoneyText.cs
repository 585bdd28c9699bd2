using System.Globalization;
using Portal.Domain.Common;

namespace Portal.Application.Common;

/// <summary>How an amount reads, on a page (whole dollars) or a quote document (to the cent): "$1,234" or "1,234 EUR".</summary>
public static class MoneyText
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-US");

    public static string Format(Money money, int decimals) =>
        money.Currency == "USD"
            ? money.Major.ToString("C" + decimals.ToString(CultureInfo.InvariantCulture), Culture)
            : $"{money.Major.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Culture)} {money.Currency}";
}
