using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Application.Common;
using Portal.Application.Reports;
using Portal.Domain.Catalog;
using Portal.Web.Accounts;
using Portal.Web.Reports;

namespace Portal.Web.Areas.Staff.Controllers;

/// <summary>The sales dashboard: admins see every quote, a salesperson its own; each figure exports as CSV.</summary>
[Area("Staff")]
[Authorize(Roles = PortalRoles.Staff)]
public sealed class ReportsController(SalesReports reports, ReportExports exports, TimeProvider clock) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(DateOnly? from, DateOnly? to, ProductFamily? family) =>
        View(new ReportsPage(await reports.BuildAsync(FilterOf(from, to, family), User.ToActor(), HttpContext.RequestAborted)));

    /// <summary>One figure as CSV, named by <paramref name="id"/> (see <see cref="ReportExports"/>); streamed row by row.</summary>
    [HttpGet]
    public async Task<IActionResult> Export(string? id, DateOnly? from, DateOnly? to, ProductFamily? family)
    {
        var filter = FilterOf(from, to, family);
        var table = await exports.TableAsync(id, filter, User.ToActor(), HttpContext.RequestAborted);
        return table is null ? NotFound() : new CsvResult(table, $"{table.Name}-{filter.From:yyyy-MM-dd}-{filter.To:yyyy-MM-dd}.csv");
    }

    private ReportFilter FilterOf(DateOnly? from, DateOnly? to, ProductFamily? family) =>
        ReportFilter.Of(from, to, family, clock.GetUtcNow().UtcDateTime);
}
