using System.Globalization;
using Portal.Application.Auditing;
using Portal.Application.Common;
using Portal.Domain.Catalog;
using Portal.Domain.Compliance;
using Portal.Domain.Common;
using Portal.Domain.Payments;
using Portal.Domain.Quotes;

namespace Portal.Web.Common;

/// <summary>How domain values read on a page.</summary>
public static class Display
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-US");

    public static string Amount(Money money) => MoneyText.Format(money, 0);

    public static string Family(ProductFamily family) => family switch
    {
        ProductFamily.AcceleratorRack => "Accelerator racks",
        ProductFamily.AcceleratorSled => "Accelerator sleds and servers",
        ProductFamily.CpuServer => "CPU servers",
        ProductFamily.NetworkSwitch => "Network switches",
        ProductFamily.Storage => "Storage",
        ProductFamily.PowerAndCooling => "Power and cooling",
        ProductFamily.Service => "Services",
        _ => family.ToString(),
    };

    public static string Status(QuoteStatus status) => QuoteStatusText.Label(status);

    public static string OrganizationBadge(Domain.Organizations.OrganizationStatus status) => status switch
    {
        Domain.Organizations.OrganizationStatus.Active => "text-bg-success",
        Domain.Organizations.OrganizationStatus.Pending => "text-bg-warning",
        _ => "text-bg-danger",
    };

    /// <summary>Products grouped by family, in the order they come, as the catalog and the product pickers show them.</summary>
    public static IEnumerable<IGrouping<ProductFamily, Application.Catalog.Browse.ProductCard>> ByFamily(IEnumerable<Application.Catalog.Browse.ProductCard> products) =>
        products.GroupBy(p => p.Family);

    public static string StatusBadge(QuoteStatus status) => status switch
    {
        QuoteStatus.Draft or QuoteStatus.Cancelled or QuoteStatus.Declined or QuoteStatus.Expired => "text-bg-secondary",
        QuoteStatus.ChangesRequested or QuoteStatus.PendingApproval or QuoteStatus.ComplianceHold => "text-bg-warning",
        QuoteStatus.Rejected => "text-bg-danger",
        QuoteStatus.DepositPaid => "text-bg-success",
        _ => "text-bg-primary",
    };

    public static string DepositState(DepositState state) => DepositStateText.Label(state);

    public static string DepositBadge(DepositState state) => state switch
    {
        Domain.Payments.DepositState.Due => "text-bg-warning",
        Domain.Payments.DepositState.Paid => "text-bg-success",
        _ => "text-bg-secondary",
    };

    /// <summary>A time span as people say it: "under an hour", "5 h", "2 d 4 h".</summary>
    public static string Duration(TimeSpan span) => span switch
    {
        { TotalHours: < 1 } => "under an hour",
        { TotalDays: < 1 } => $"{(int)span.TotalHours} h",
        _ => span.Hours == 0 ? $"{(int)span.TotalDays} d" : $"{(int)span.TotalDays} d {span.Hours} h",
    };

    /// <summary>An amount to the cent, as a deposit is paid.</summary>
    public static string Exact(Money money) => MoneyText.Format(money, 2);

    /// <summary>Every lifecycle, as a product form offers it.</summary>
    public static IEnumerable<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> LifecycleOptions =>
        Enum.GetValues<Domain.Catalog.Lifecycle>().Select(l => new Microsoft.AspNetCore.Mvc.Rendering.SelectListItem(Lifecycle(l), l.ToString()));

    /// <summary>Every verdict, as a destination rule's form offers it.</summary>
    public static IEnumerable<Microsoft.AspNetCore.Mvc.Rendering.SelectListItem> VerdictOptions =>
        Enum.GetValues<DestinationVerdict>().Select(v => new Microsoft.AspNetCore.Mvc.Rendering.SelectListItem(Verdict(v), v.ToString()));

    public static string Lifecycle(Lifecycle lifecycle) => lifecycle switch
    {
        Domain.Catalog.Lifecycle.AllocationLimited => "Allocation-limited",
        Domain.Catalog.Lifecycle.PreRelease => "Pre-release",
        Domain.Catalog.Lifecycle.EndOfLife => "End of life",
        _ => "Available",
    };

    public static (string Text, string Css) Badge(Availability availability) => availability.Kind switch
    {
        AvailabilityKind.Available => ("Available", "text-bg-success"),
        AvailabilityKind.AllocationLimited => ($"Allocation-limited · from {availability.EarliestQuarter}", "text-bg-warning"),
        AvailabilityKind.SoldOut => ("Allocation-limited · sold out for the next quarters", "text-bg-danger"),
        AvailabilityKind.PreRelease => ("Pre-release · reservations", "text-bg-info"),
        _ => ("End of life", "text-bg-secondary"),
    };

    /// <summary>A product's SKU and, once classified, its export classification: "TRN2-SRV-16 · ECCN 4A090.a".</summary>
    public static string SkuAndClassification(Product product) =>
        product.ExportClassification is { } classification ? $"{product.Sku} · ECCN {classification}" : product.Sku;

    public static string Verdict(DestinationVerdict verdict) => DestinationVerdictText.Of(verdict);

    public static string VerdictBadge(DestinationVerdict verdict) => verdict switch
    {
        DestinationVerdict.Allowed => "text-bg-success",
        DestinationVerdict.LicenceRequired => "text-bg-warning",
        _ => "text-bg-danger",
    };

    public static string Count(int count) => count.ToString("N0", Culture);

    /// <summary>A count of minor units as a bare number in major units, to the cent: "999,999.99".</summary>
    public static string Major(long minorUnits) => Money.ToMajor(minorUnits).ToString("N2", Culture);

    /// <summary>A file's size, in whole kilobytes (at least one).</summary>
    public static string Kilobytes(long bytes) => Math.Max(1, (bytes + 512) / 1024).ToString("N0", Culture) + " KB";

    public static string Kilowatts(int watts) => (watts / 1000m).ToString("0.#", Culture) + " kW";

    public static string Percent(decimal percent) => percent.ToString("0.##", Culture) + " %";

    /// <summary>A percentage after the article it is read with: "a 5 %", "an 8 %", "an 11 %", "an 18.5 %".</summary>
    public static string APercent(decimal percent) => $"{Article(percent)} {Percent(percent)}";

    /// <summary>
    /// "an" before a number read aloud with a vowel first (eight, eleven, eighteen, eighty, eight hundred, eleven
    /// thousand, ...), "a" before any other: by its whole part's leading digits and their place in groups of three.
    /// </summary>
    public static string Article(decimal number)
    {
        var digits = decimal.Truncate(Math.Abs(number)).ToString(CultureInfo.InvariantCulture);
        var readAsEleven = digits.Length % 3 == 2 && (digits.StartsWith("11", StringComparison.Ordinal) || digits.StartsWith("18", StringComparison.Ordinal));
        return number >= 0 && (digits[0] == '8' || readAsEleven) ? "an" : "a";
    }

    /// <summary>The discounts a line carries, one after the other ("5 % + 3 %"), or "—" for none.</summary>
    public static string Discounts(params decimal[] percents) =>
        string.Join(" + ", percents.Where(p => p > 0).Select(Percent).DefaultIfEmpty("—"));

    public static string Date(DateTime utc) => utc.ToString("d MMM yyyy", Culture);

    public static string Date(DateOnly day) => day.ToString("d MMM yyyy", Culture);

    /// <summary>A timeline step in words ("Held for an export licence"), as the audit log says it.</summary>
    public static string Action(Domain.Auditing.AuditEvent step) => AuditWords.Action(step.Action);

    /// <summary>A timeline step's new state in brackets, in words, unless it only repeats the step ("Submitted" by ... needs no "(Submitted)").</summary>
    public static string StateAfter(Domain.Auditing.AuditEvent step) =>
        AuditWords.State(step.ToState) is not { } state || state == Action(step) ? "" : $" ({state})";

    public static string DateTime(DateTime utc) => utc.ToString("d MMM yyyy HH:mm 'UTC'", Culture);
}
