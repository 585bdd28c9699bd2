using System.Globalization;
using Portal.Application.Common;
using Portal.Domain.Common;
using Portal.Domain.Configurations;

namespace Portal.Infrastructure.Pdf.Quotes;

/// <summary>How figures read on a quote document: amounts to the cent, so that the lines add up to the total.</summary>
internal static class PdfFormat
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-US");

    public static string Amount(Money money) => MoneyText.Format(money, 2);

    public static string Minus(Money money) => "−" + Amount(money);

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    public static string Number(long value) => value.ToString("N0", Culture);

    public static string Percent(decimal percent) => percent.ToString("0.##", Culture) + " %";

    public static string Kilowatts(decimal kw) => kw.ToString("N1", Culture) + " kW";

    public static string Power(FacilityBill bill, int racks) =>
        $"{Kilowatts(bill.PowerKw * racks)} · {Number(bill.BtuPerHour * racks)} BTU/h";
}
