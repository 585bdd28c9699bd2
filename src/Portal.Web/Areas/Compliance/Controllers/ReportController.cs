using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Application.Common;
using Portal.Application.Compliance;
using Portal.Application.Reports;
using Portal.Web.Reports;
using static Portal.Web.Reports.CsvTable;

namespace Portal.Web.Areas.Compliance.Controllers;

/// <summary>The compliance decisions of a date range: holds, clearances and refusals, on the page and as CSV.</summary>
[Area("Compliance")]
[Authorize(Roles = PortalRoles.ComplianceOfficers)]
public sealed class ReportController(ComplianceReport report, TimeProvider clock) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(DateOnly? from, DateOnly? to)
    {
        var filter = FilterOf(from, to);
        var rows = await report.DecisionsAsync(filter, HttpContext.RequestAborted).Take(ComplianceReportPage.PageRows + 1).ToListAsync(HttpContext.RequestAborted);
        return View(new ComplianceReportPage(filter, rows.Take(ComplianceReportPage.PageRows).ToList(), rows.Count > ComplianceReportPage.PageRows));
    }

    [HttpGet]
    public IActionResult Export(DateOnly? from, DateOnly? to)
    {
        var filter = FilterOf(from, to);
        var table = Of("compliance", ["occurred_utc", "decision", "organization", "quote", "by", "detail"],
            report.DecisionsAsync(filter, HttpContext.RequestAborted),
            d => [Time(d.OccurredUtc), d.Kind, d.Organization, d.Quote, d.By, d.Detail]);
        return new CsvResult(table, $"compliance-{filter.From:yyyy-MM-dd}-{filter.To:yyyy-MM-dd}.csv");
    }

    private ReportFilter FilterOf(DateOnly? from, DateOnly? to) => ReportFilter.Of(from, to, null, clock.GetUtcNow().UtcDateTime);
}

public sealed record ComplianceReportPage(ReportFilter Filter, IReadOnlyList<ComplianceDecision> Decisions, bool More)
{
    /// <summary>The most decisions the page lists; the export has them all.</summary>
    public const int PageRows = 500;
}
