using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Reports;
using Portal.Domain.Quotes;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Compliance;

/// <summary>The compliance decisions of a range, on the page and as CSV, counted again straight from the audit log.</summary>
public abstract class ComplianceReportTests(PortalFixture portal)
{
    private static readonly string[] Decisions = ["ComplianceHold", "ExportCleared", "ExportRefused", "ScreeningHeld", "ScreeningCleared", "ScreeningConfirmed"];

    [SkippableFact]
    public async Task TheDemosHoldsAreListedAndTheExportHasEveryDecisionOfTheRange()
    {
        using var officer = await portal.Factory.SignedInAsync("compliance@northwind.example");
        var held = await portal.Factory.QueryAsync(db => db.Quotes.Where(q => q.Status == QuoteStatus.ComplianceHold).Select(q => q.Number).SingleAsync());
        var expected = await portal.Factory.QueryAsync(db => db.AuditEvents.CountAsync(e => Decisions.Contains(e.Action)));

        var page = await officer.GetAsync("/Compliance/Report");
        var csv = await officer.Http.GetAsync("/Compliance/Report/Export");
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        var rows = page.Document.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("Company held: possible restricted-party match") && r.Contains("Borealis Dynamics Trading LLC") && r.Contains("BOREALIS DYNAMICS TRADING CO., LTD."));
        Assert.Contains(rows, r => r.Contains("Quote held for an export licence") && r.Contains(held!) && r.Contains("4A090.a licence required"));
        Assert.Equal(expected, rows.Count);
        Assert.Equal("text/csv; charset=utf-8", csv.Content.Headers.ContentType!.ToString());
        Assert.Equal("occurred_utc,decision,organization,quote,by,detail", lines[0]);
        Assert.Equal(expected, lines.Length - 1);
    }

    [SkippableFact]
    public async Task ARangeWithoutDecisionsSaysSoAndExportsTheHeaderAlone()
    {
        using var admin = await portal.Factory.SignedInAsync("admin@northwind.example");

        var page = await admin.GetAsync("/Compliance/Report?from=2020-03-01&to=2020-01-01");
        var csv = await (await admin.Http.GetAsync("/Compliance/Report/Export?from=2020-01-01&to=2020-03-01")).Content.ReadAsStringAsync();
        var garbage = await admin.GetAsync("/Compliance/Report?from=yesterday&to=%00");

        Assert.Contains("No compliance decision in this range", page.Body);
        Assert.Contains("1 Jan 2020 to 1 Mar 2020", page.Body);
        Assert.Equal("occurred_utc,decision,organization,quote,by,detail", csv.Trim());
        Assert.NotEqual(HttpStatusCode.InternalServerError, garbage.Status);
    }

    [SkippableFact]
    public async Task TheFarthestDatesThereAreArePutRightOnThePageAndInTheExport()
    {
        using var officer = await portal.Factory.SignedInAsync("compliance@northwind.example");
        var latest = ReportFilter.Latest(DateTime.UtcNow);

        var page = await officer.GetAsync("/Compliance/Report?from=0001-01-01&to=9999-12-31");
        using var csv = await officer.Http.GetAsync("/Compliance/Report/Export?to=9999-12-31");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("to " + latest.ToString("d MMM yyyy", CultureInfo.InvariantCulture), page.Text("main"));
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.EndsWith($"-{latest:yyyy-MM-dd}.csv", csv.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
    }
}

public sealed class ComplianceReportOnSqlite(SqlitePortal portal) : ComplianceReportTests(portal), IClassFixture<SqlitePortal>;

public sealed class ComplianceReportOnPostgreSql(PostgresPortal portal) : ComplianceReportTests(portal), IClassFixture<PostgresPortal>;
