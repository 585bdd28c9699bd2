using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Catalog;
using Portal.Application.Common;

namespace Portal.Application.Reports;

/// <summary>
/// Builds the sales dashboard: the sales figures of the range (see <see cref="SalesFigures"/>), and supply against
/// demand and the waitlist, which are the vendor's, the same for admins and sales.
/// </summary>
public sealed class SalesReports(IPortalDb db, SupplyReport supply, WaitlistReport waitlist, VendorProfile vendor)
{
    /// <summary>How many declines and customers the dashboard lists; their exports list them all.</summary>
    public const int Listed = 10;

    /// <summary>The figures of a range for a member of staff; anyone else gets a 403.</summary>
    public SalesFigures For(ReportFilter filter, Actor actor) => new(db, filter, actor);

    public async Task<SalesReport> BuildAsync(ReportFilter filter, Actor actor, CancellationToken cancellationToken = default)
    {
        var figures = For(filter, actor);
        return new SalesReport(
            filter,
            vendor.Currency,
            await figures.PipelineAsync(cancellationToken),
            await figures.PerMonthAsync(cancellationToken),
            await figures.WinRateAsync(cancellationToken),
            await figures.DeclinesAsync(Listed).ToListAsync(cancellationToken),
            await figures.DiscountsAsync(cancellationToken),
            await figures.DepositsAsync(cancellationToken),
            await figures.CustomersAsync(Listed, cancellationToken),
            await supply.RowsAsync(filter.Family, cancellationToken),
            await figures.TimesAsync(cancellationToken),
            await waitlist.BuildAsync(filter, cancellationToken));
    }

    /// <summary>"1 Jan 2026 – 31 Mar 2026", for headings and file names.</summary>
    public static string Describe(ReportFilter filter) =>
        string.Create(CultureInfo.InvariantCulture, $"{filter.From:d MMM yyyy} – {filter.To:d MMM yyyy}");
}
