using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common;
using Portal.Application.Reports;
using Portal.Domain.Catalog;
using Portal.Domain.Common;
using Portal.Domain.Quotes;
using Portal.Infrastructure.Persistence;
using Portal.IntegrationTests.Payments;
using Portal.IntegrationTests.Support;
using Portal.Web.Reports;

namespace Portal.IntegrationTests.Reports;

/// <summary>
/// The sales dashboard against figures the test computes itself from the rows: the demo's quotes and deposits (a
/// transfer paid, one owed back), a declined quote and one an admin works on, added here.
/// </summary>
public abstract class SalesReportTests(PortalFixture portal)
{
    private const string Admin = "admin@northwind.example";
    private const string Sales = "sales@northwind.example";

    private PortalFactory Factory => portal.Factory;

    private static ReportFilter Around(int days = 30) =>
        new(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-days), DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1), null);

    private async Task<SalesReport> ReportAsync(ReportFilter filter, string email, string role)
    {
        var actor = await DepositSteps.ActorAsync(Factory, email, role);
        using var scope = Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<SalesReports>().BuildAsync(filter, actor);
    }

    private async Task<ExpectedReport> ExpectedAsync(ReportFilter filter, string? claimedBy = null)
    {
        using var scope = Factory.Services.CreateScope();
        return await ExpectedReport.LoadAsync(scope.ServiceProvider.GetRequiredService<PortalDbContext>(), filter, claimedBy);
    }

    /// <summary>A decline reason that a spreadsheet would run as a formula, with a comma, quotes and a line break in it.</summary>
    private const string HostileReason = "=HYPERLINK(\"http://evil.example\",\"Click\"), then \"quoted\"\nand a second line";

    /// <summary>Once per fixture: two Fjord quotes issued and declined with reasons, and a Helios quote an admin claimed.</summary>
    private async Task ArrangeAsync()
    {
        if (await Factory.QueryAsync(db => db.Quotes.AnyAsync(q => q.Notes == "Report: declined")))
        {
            return;
        }
        await ReportSteps.DeclinedAsync(Factory, "Report: declined", "The installation window does not fit our hall's power upgrade.");
        await ReportSteps.DeclinedAsync(Factory, "Report: declined, hostile", HostileReason);
        await new QuoteBuilder(Factory, "Helios AI Labs").WithTrainium2Racks(1).WithNotes("Report: the admin's").ClaimedBy(Admin).SubmitAsync();
    }

    [SkippableFact]
    public async Task EveryFigureForAdminsMatchesOneComputedFromTheRows()
    {
        await ArrangeAsync();
        var filter = Around();

        var report = await ReportAsync(filter, Admin, PortalRoles.Admin);
        var expected = await ExpectedAsync(filter);

        Assert.Equal(expected.Pipeline, report.Pipeline);
        Assert.Equal(expected.IssuedPerMonth, report.IssuedPerMonth);
        Assert.Equal(expected.WinRate, report.WinRate);
        Assert.Equal(expected.Deposits, report.Deposits);
        Assert.Equal(expected.Times, report.Times);
        Assert.True(report.Times.Issued >= 4 && report.Times.Accepted >= 2, $"{report.Times}");
        Assert.Equal(expected.TopCustomers, report.TopCustomers.Select(c => (c.OrganizationId, c.Quotes, c.ValueMinorUnits)));
        var discounts = expected.DiscountsByClaimer;
        Assert.Equal(discounts.Values.Sum(d => d.Discount), report.Discounts.Sum(d => d.DiscountMinorUnits));
        Assert.Equal(discounts.Values.Sum(d => d.Quotes), report.Discounts.Sum(d => d.Quotes));
        Assert.Contains(report.Discounts, d => d.Salesperson == "Sam Sales" && d.DiscountMinorUnits > 0);
        Assert.Contains(report.Declines, d => d.Reason == "The installation window does not fit our hall's power upgrade." && d.Customer == "Fjord Compute AS");
        Assert.True(report.Deposits.Paid >= 2 && report.Deposits.Refunded >= 1 && report.Deposits.Outstanding >= 1, $"{report.Deposits}");
        Assert.True(report.WinRate.Declined >= 1 && report.WinRate.Accepted >= 1, $"{report.WinRate}");
    }

    [SkippableFact]
    public async Task QuotesInReviewCountInThePipelineAtTheListPriceOfTheirLinesNotAsADash()
    {
        await ArrangeAsync();
        var expected = await ExpectedAsync(Around());
        using var admin = await Factory.SignedInAsync(Admin);

        var page = await admin.GetAsync("/Staff/Reports");

        var inReview = expected.Pipeline.Single(p => p.Status == QuoteStatus.InReview);
        Assert.True(inReview.ValueMinorUnits > 0, $"{inReview}");
        var row = page.Document.QuerySelectorAll("section[aria-labelledby=pipeline-heading] tbody tr")
            .Single(r => r.Children[0].TextContent == QuoteStatusText.Label(QuoteStatus.InReview));
        Assert.Matches(@"^\$[1-9][\d,]*$", row.Children[2].TextContent);
    }

    [SkippableFact]
    public async Task ASalespersonSeesTheQuotesItWorksOnAndCustomersSeeNoReports()
    {
        await ArrangeAsync();
        var filter = Around();
        var salesId = await Factory.QueryAsync(db => db.Users.Where(u => u.Email == Sales).Select(u => u.Id).SingleAsync());

        var report = await ReportAsync(filter, Sales, PortalRoles.Sales);
        var all = await ReportAsync(filter, Admin, PortalRoles.Admin);
        var expected = await ExpectedAsync(filter, salesId);
        using var customer = await Factory.SignedInAsync("buyer@helios.example");
        var page = await customer.GetAsync("/Staff/Reports");

        Assert.Equal(expected.Pipeline, report.Pipeline);
        Assert.Equal(expected.WinRate, report.WinRate);
        Assert.Equal(expected.Deposits, report.Deposits);
        Assert.Equal(expected.Times, report.Times);
        Assert.True(report.Pipeline.Sum(p => p.Quotes) < all.Pipeline.Sum(p => p.Quotes), "The admin's own quote and the unclaimed ones are not the salesperson's.");
        Assert.All(report.Discounts, d => Assert.Equal("Sam Sales", d.Salesperson));
        Assert.True(page.Status is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"{page.Status}");
    }

    [SkippableFact]
    public async Task TheFamilyFilterKeepsTheQuotesWithALineOfThatFamily()
    {
        await ArrangeAsync();
        foreach (var family in new[] { ProductFamily.AcceleratorRack, ProductFamily.Service, ProductFamily.Storage })
        {
            var filter = Around() with { Family = family };
            var report = await ReportAsync(filter, Admin, PortalRoles.Admin);
            var expected = await ExpectedAsync(filter);
            Assert.Equal(expected.Pipeline, report.Pipeline);
            Assert.Equal(expected.WinRate, report.WinRate);
            Assert.Equal(expected.Deposits, report.Deposits);
            Assert.Equal(expected.Times, report.Times);
        }
    }

    [SkippableFact]
    public async Task SupplyAgainstDemandMatchesTheAllocationsHoldsAndWaitlistRows()
    {
        await ArrangeAsync();
        var now = DateTime.UtcNow;
        var current = Quarter.Containing(now);

        var rows = (await ReportAsync(Around(), Admin, PortalRoles.Admin)).Supply;
        var expected = await Factory.QueryAsync(async db =>
        {
            var products = await db.Products.AsNoTracking().Where(p => p.Lifecycle == Lifecycle.AllocationLimited).ToDictionaryAsync(p => p.Id);
            var allocations = (await db.Allocations.AsNoTracking().ToListAsync()).Where(a => products.ContainsKey(a.ProductId) && a.Quarter >= current);
            var holds = await db.QuoteHolds.AsNoTracking().Where(h => !h.IsCommitted).ToListAsync();
            var waiting = (await db.WaitlistEntries.AsNoTracking().ToListAsync())
                .Where(e => e.Status is Domain.Waitlist.WaitlistStatus.Waiting or Domain.Waitlist.WaitlistStatus.Offered)
                .Select(e => (e.ProductId, e.Quarter, Quantity: e.Quantity - (e.Status == Domain.Waitlist.WaitlistStatus.Offered ? e.OfferedUnits ?? 0 : 0)))
                .ToList();
            return allocations.Select(a =>
            {
                var byQuotes = holds.Where(h => h.ProductId == a.ProductId && h.Quarter == a.Quarter).Sum(h => h.Units);
                return new SupplyRow(products[a.ProductId].Sku, products[a.ProductId].Name, a.Quarter, a.Supply, byQuotes, a.Held - byQuotes, a.Committed,
                    waiting.Where(e => e.ProductId == a.ProductId && e.Quarter == a.Quarter).Sum(e => e.Quantity),
                    a.Quarter == current ? waiting.Where(e => e.ProductId == a.ProductId && e.Quarter == null).Sum(e => e.Quantity) : 0);
            }).OrderBy(r => r.Sku, StringComparer.Ordinal).ThenBy(r => r.Quarter).ToList();
        });

        Assert.Equal(expected, rows);
        Assert.Contains(rows, r => r.Committed > 0 && r.HeldByOffers > 0);
        Assert.Contains(rows, r => r.Waiting > 0);
        Assert.Contains(rows, r => r.WaitingForEarliest > 0);
        Assert.Empty((await ReportAsync(Around() with { Family = ProductFamily.Service }, Admin, PortalRoles.Admin)).Supply);
    }

    [SkippableFact]
    public async Task TheWaitlistFiguresMatchTheEntries()
    {
        await ArrangeAsync();
        var filter = Around();

        var figures = (await ReportAsync(filter, Sales, PortalRoles.Sales)).Waitlist;
        var entries = await Factory.QueryAsync(db => db.WaitlistEntries.AsNoTracking().Include(e => e.Product).ToListAsync());

        var inLine = entries.Where(e => e.IsActive).GroupBy(e => e.Product!.Sku).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new WaitlistDepth(g.Key, g.First().Product!.Name, g.Count(), g.Count(e => e.Status == Domain.Waitlist.WaitlistStatus.Offered),
                g.Count(e => e.IsReservation), g.Sum(e => e.Quantity - (e.Status == Domain.Waitlist.WaitlistStatus.Offered ? e.OfferedUnits ?? 0 : 0))))
            .ToList();
        var waits = entries.Where(e => e.FirstOfferedUtc >= filter.FromUtc && e.FirstOfferedUtc < filter.ToUtc).Select(e => e.SecondsUntilFirstOffer!.Value).Order().ToList();
        Assert.Equal(inLine, figures.Lines);
        Assert.Equal(waits.Count, figures.FirstOffers);
        Assert.True(waits.Count >= 1, "The demo's offer to Helios is in the range.");
        var middle = waits.Count / 2;
        Assert.Equal(TimeSpan.FromSeconds(waits.Count % 2 == 1 ? waits[middle] : (waits[middle - 1] + waits[middle]) / 2.0), figures.MedianWaitUntilOffer);
        Assert.Empty((await ReportAsync(filter with { Family = ProductFamily.Service }, Admin, PortalRoles.Admin)).Waitlist.Lines);
    }

    [SkippableFact]
    public async Task AnEmptyRangeShowsNothingAndSaysSo()
    {
        var filter = new ReportFilter(new DateOnly(2020, 1, 1), new DateOnly(2020, 3, 31), null);
        using var admin = await Factory.SignedInAsync(Admin);

        var report = await ReportAsync(filter, Admin, PortalRoles.Admin);
        var page = await admin.GetAsync("/Staff/Reports?from=2020-01-01&to=2020-03-31");

        Assert.Empty(report.Pipeline);
        Assert.Empty(report.IssuedPerMonth);
        Assert.Null(report.WinRate.Rate);
        Assert.Equal(new ResponseTimes(null, 0, null, 0), report.Times);
        Assert.Equal((null, 0), (report.Waitlist.MedianWaitUntilOffer, report.Waitlist.FirstOffers));
        Assert.Equal(new DepositFigures(0, 0, 0, 0, report.Deposits.Outstanding, report.Deposits.OutstandingMinorUnits), report.Deposits);
        Assert.Empty(report.TopCustomers);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("No quote was issued in the range.", page.Text("main"));
    }

    [SkippableFact]
    public async Task BadRangesGetTheDefaultOrArePutRightAndThePageNamesTheRange()
    {
        using var admin = await Factory.SignedInAsync(Admin);

        var garbage = await admin.GetAsync("/Staff/Reports?from=soon&to=2026-99-99&family=Nope");
        var reversed = await admin.GetAsync("/Staff/Reports?from=2026-06-30&to=2026-04-01");
        var tooLong = ReportFilter.Of(new DateOnly(1900, 1, 1), new DateOnly(2026, 1, 1), null, DateTime.UtcNow);

        Assert.Equal(HttpStatusCode.OK, garbage.Status);
        Assert.Contains(SalesReports.Describe(ReportFilter.Default(DateTime.UtcNow)), garbage.Text("main"));
        Assert.Contains("1 Apr 2026 – 30 Jun 2026", reversed.Text("main"));
        Assert.Equal(ReportFilter.MaxDays - 1, tooLong.To.DayNumber - tooLong.From.DayNumber);
    }

    [SkippableFact]
    public async Task TheFarthestDatesThereAreArePutRightOnThePageAndInEveryExport()
    {
        using var admin = await Factory.SignedInAsync(Admin);
        var latest = ReportFilter.Latest(DateTime.UtcNow);
        string[] sections = [ReportExports.Pipeline, ReportExports.Months, ReportExports.Outcomes, ReportExports.Times, ReportExports.Declines,
            ReportExports.Discounts, ReportExports.Deposits, ReportExports.Customers, ReportExports.Supply, ReportExports.Waitlist];

        var future = await admin.GetAsync("/Staff/Reports?to=9999-12-31");
        var everything = await admin.GetAsync("/Staff/Reports?from=0001-01-01&to=9999-12-31");
        var answers = new List<string>();
        foreach (var section in sections)
        {
            using var export = await admin.Http.GetAsync($"/Staff/Reports/Export/{section}?from=0001-01-01&to=9999-12-31");
            answers.Add($"{section}: {(int)export.StatusCode} {export.Content.Headers.ContentDisposition?.FileName}");
        }

        Assert.Equal(HttpStatusCode.OK, future.Status);
        Assert.Contains("– " + latest.ToString("d MMM yyyy", CultureInfo.InvariantCulture), future.Text("main"));
        Assert.Equal(HttpStatusCode.OK, everything.Status);
        Assert.All(answers, a => Assert.Contains($": 200 {a[..a.IndexOf(':')]}-{latest.AddDays(1 - ReportFilter.MaxDays):yyyy-MM-dd}-{latest:yyyy-MM-dd}.csv", a));
    }

    [SkippableFact]
    public async Task ThePipelineExportsAsCsvOneRowPerQuote()
    {
        await ArrangeAsync();
        var filter = Around();
        using var admin = await Factory.SignedInAsync(Admin);

        using var response = await admin.Http.GetAsync($"/Staff/Reports/Export/pipeline?{Query(filter)}");
        var csv = await ReportCsv.ReadAsync(response);
        var expected = await ExpectedAsync(filter);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"pipeline-{filter.From:yyyy-MM-dd}-{filter.To:yyyy-MM-dd}.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal(["number", "customer", "status", "submitted_utc", "issued_utc", "revision", "value", "currency", "salesperson"], csv.Header);
        Assert.Equal(expected.SubmittedQuotes, csv.Rows.Count);
        Assert.Contains(csv.Rows, r => r["status"] == "Declined" && r["customer"] == "Fjord Compute AS" && r["currency"] == "USD" && r["salesperson"] == "Sam Sales");
        Assert.Equal(expected.Pipeline.Sum(p => p.ValueMinorUnits), csv.Rows.Sum(r => r["value"] is "" ? 0 : (long)(decimal.Parse(r["value"], CultureInfo.InvariantCulture) * 100)));
    }

    [SkippableFact]
    public async Task EachExportLinkOnThePageDownloadsItsFigureForThePagesRange()
    {
        var filter = Around();
        using var admin = await Factory.SignedInAsync(Admin);

        var page = await admin.GetAsync($"/Staff/Reports?{Query(filter)}&family={ProductFamily.AcceleratorRack}");
        var links = page.Document.QuerySelectorAll("main a").Where(a => a.TextContent.EndsWith("(CSV)", StringComparison.Ordinal))
            .Select(a => a.GetAttribute("href")!).ToList();
        var files = new List<string?>();
        foreach (var link in links)
        {
            using var response = await admin.Http.GetAsync(link);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{link} answered {(int)response.StatusCode}.");
            Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains($"family={ProductFamily.AcceleratorRack}", link, StringComparison.Ordinal);
            files.Add(response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        }

        Assert.Equal(10, links.Count);
        Assert.Equal(links.Count, files.Distinct().Count());
        Assert.All(files, f => Assert.EndsWith($"-{filter.From:yyyy-MM-dd}-{filter.To:yyyy-MM-dd}.csv", f));
    }

    [SkippableFact]
    public async Task EachFigureExportsTheDashboardsRowsAndTheRowsBehindThem()
    {
        await ArrangeAsync();
        var filter = Around();
        using var admin = await Factory.SignedInAsync(Admin);

        var report = await ReportAsync(filter, Admin, PortalRoles.Admin);
        var expected = await ExpectedAsync(filter);
        async Task<ReportCsv> ExportAsync(string name)
        {
            using var response = await admin.Http.GetAsync($"/Staff/Reports/Export/{name}?{Query(filter)}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await ReportCsv.ReadAsync(response);
        }

        var months = await ExportAsync("months");
        Assert.Equal(expected.IssuedPerMonth.Select(m => ($"{m.Year:D4}-{m.Month:D2}", m.Quotes.ToString(CultureInfo.InvariantCulture), Amount(m.ValueMinorUnits))),
            months.Rows.Select(r => (r["month"], r["quotes_issued"], r["value"])));
        var outcomes = (await ExportAsync("outcomes")).Rows.ToDictionary(r => r["outcome"], r => int.Parse(r["quotes"], CultureInfo.InvariantCulture));
        Assert.Equal((expected.WinRate.Issued, expected.WinRate.Accepted, expected.WinRate.Declined), (outcomes["Issued"], outcomes["Accepted"], outcomes["Declined"]));
        var times = (await ExportAsync("times")).Rows;
        Assert.Equal(((long)expected.Times.SubmissionToIssue!.Value.TotalSeconds).ToString(CultureInfo.InvariantCulture), times[0]["median_seconds"]);
        Assert.Equal(expected.Times.Accepted.ToString(CultureInfo.InvariantCulture), times[1]["quotes"]);
        var discounts = (await ExportAsync("discounts")).Rows;
        Assert.Equal(report.Discounts.Select(d => (d.Salesperson, Amount(d.DiscountMinorUnits))), discounts.Select(r => (r["salesperson"], r["sales_discount"])));
        var deposits = (await ExportAsync("deposits")).Rows;
        Assert.Equal(expected.CountedDeposits, deposits.Select(r => r["reference"]).ToHashSet());
        Assert.Contains(deposits, r => r["state"] == "RefundOwed" && r["refunded_utc"] != "");
        var customers = (await ExportAsync("customers")).Rows;
        Assert.Equal(expected.Customers.Select(c => Amount(c.Value)), customers.Select(r => r["value"]));
        Assert.Equal(report.Supply.Select(s => (s.Sku, s.Quarter.ToString(), s.Free.ToString(CultureInfo.InvariantCulture))),
            (await ExportAsync("supply")).Rows.Select(r => (r["sku"], r["quarter"], r["free"])));
        Assert.Equal(report.Waitlist.Lines.Select(w => (w.Sku, w.UnitsWaiting.ToString(CultureInfo.InvariantCulture))),
            (await ExportAsync("waitlist")).Rows.Select(r => (r["sku"], r["units_waited_for"])));
        var declines = (await ExportAsync("declines")).Rows;
        Assert.Equal(report.Declines.Select(d => d.Number), declines.Take(SalesReports.Listed).Select(r => r["number"]));
        Assert.Contains(declines, r => r["reason"] == "The installation window does not fit our hall's power upgrade.");
    }

    [SkippableFact]
    public async Task TextThatASpreadsheetWouldRunIsExportedAsTextAndQuotedWhole()
    {
        await ArrangeAsync();
        using var admin = await Factory.SignedInAsync(Admin);

        using var response = await admin.Http.GetAsync($"/Staff/Reports/Export/declines?{Query(Around())}");
        var csv = await ReportCsv.ReadAsync(response);

        Assert.Contains(csv.Rows, r => r["reason"] == "'" + HostileReason);
        Assert.DoesNotContain(csv.Rows, r => r["reason"].StartsWith('='));
    }

    [SkippableFact]
    public async Task ExportsAreTheViewersOwnAndUnknownOnesAreNotFound()
    {
        await ArrangeAsync();
        var filter = Around();
        var salesId = await Factory.QueryAsync(db => db.Users.Where(u => u.Email == Sales).Select(u => u.Id).SingleAsync());
        using var sales = await Factory.SignedInAsync(Sales);
        using var admin = await Factory.SignedInAsync(Admin);
        using var customer = await Factory.SignedInAsync("buyer@helios.example");

        using var own = await sales.Http.GetAsync($"/Staff/Reports/Export/pipeline?{Query(filter)}");
        var rows = (await ReportCsv.ReadAsync(own)).Rows;
        var expected = await ExpectedAsync(filter, salesId);
        using var unknown = await admin.Http.GetAsync($"/Staff/Reports/Export/everything?{Query(filter)}");
        using var none = await admin.Http.GetAsync("/Staff/Reports/Export");
        var customers = await customer.GetAsync($"/Staff/Reports/Export/pipeline?{Query(filter)}");

        Assert.Equal(expected.SubmittedQuotes, rows.Count);
        Assert.All(rows, r => Assert.Equal("Sam Sales", r["salesperson"]));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
        Assert.True(customers.Status is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"{customers.Status}");
    }

    [SkippableFact]
    public async Task AnEmptyRangeExportsTheHeaderAlone()
    {
        using var admin = await Factory.SignedInAsync(Admin);

        foreach (var name in new[] { "pipeline", "months", "declines", "deposits", "customers" })
        {
            using var response = await admin.Http.GetAsync($"/Staff/Reports/Export/{name}?from=2020-01-01&to=2020-03-31");
            var csv = await ReportCsv.ReadAsync(response);
            Assert.NotEmpty(csv.Header);
            Assert.True(name == "deposits" || csv.Rows.Count == 0, $"{name}: {csv.Rows.Count} rows");
            Assert.All(csv.Rows, r => Assert.Equal("Due", r["state"]));
        }
    }

    private static string Query(ReportFilter filter) => $"from={filter.From:yyyy-MM-dd}&to={filter.To:yyyy-MM-dd}";

    private static string Amount(long minorUnits) => (minorUnits / 100m).ToString("0.00", CultureInfo.InvariantCulture);
}

public sealed class SalesReportOnSqlite(SqlitePortal portal) : SalesReportTests(portal), IClassFixture<SqlitePortal>;

public sealed class SalesReportOnPostgreSql(PostgresPortal portal) : SalesReportTests(portal), IClassFixture<PostgresPortal>;
