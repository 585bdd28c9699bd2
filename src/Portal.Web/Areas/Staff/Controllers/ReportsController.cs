using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Application.Common;
using Portal.Application.Reports;
using Portal.Domain.Catalog;
using Portal.Web.Accounts;
using Portal.Web.Reports;

namespace Portal.Web.Areas.Staff.Controllers;

/// <summary>The sales dashboard: admins see every quote, a salesperson its own; each figure's rows export as CSV.</summary>
[Area("Staff")]
[Authorize(Roles = PortalRoles.Staff)]
public sealed class ReportsController(SalesReports reports, PipelineQuotes pipeline, TimeProvider clock) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(DateOnly? from, DateOnly? to, ProductFamily? family) =>
        View(await reports.BuildAsync(FilterOf(from, to, family), User.ToActor(), HttpContext.RequestAborted));

    /// <summary>The quotes of the pipeline as CSV, streamed row by row.</summary>
    [HttpGet]
    public async Task Pipeline(DateOnly? from, DateOnly? to, ProductFamily? family)
    {
        var filter = FilterOf(from, to, family);
        var rows = pipeline.StreamAsync(filter, User.ToActor());
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"pipeline-{filter.From:yyyy-MM-dd}-{filter.To:yyyy-MM-dd}.csv\"";
        await PipelineCsv.WriteAsync(Response.Body, rows, HttpContext.RequestAborted);
    }

    private ReportFilter FilterOf(DateOnly? from, DateOnly? to, ProductFamily? family) =>
        ReportFilter.Of(from, to, family, clock.GetUtcNow().UtcDateTime);
}
