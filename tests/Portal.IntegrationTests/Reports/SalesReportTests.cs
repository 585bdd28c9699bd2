using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common;
using Portal.Application.Quotes.Answers;
using Portal.Application.Quotes.Review;
using Portal.Application.Reports;
using Portal.Domain.Catalog;
using Portal.Domain.Common;
using Portal.Domain.Quotes;
using Portal.Infrastructure.Persistence;
using Portal.IntegrationTests.Payments;
using Portal.IntegrationTests.Support;

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

    /// <summary>Once per fixture: a Fjord quote issued and declined with a reason, and a Helios quote an admin claimed.</summary>
    private async Task ArrangeAsync()
    {
        if (await Factory.QueryAsync(db => db.Quotes.AnyAsync(q => q.Notes == "Report: declined")))
        {
            return;
        }
        var declined = await new QuoteBuilder(Factory, "Fjord Compute AS").WithProduct("SVC-INSTALL-RACK", 3).WithNotes("Report: declined").ClaimedBy(Sales).SubmitAsync();
        using (var scope = Factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<IssueQuoteHandler>().IssueAsync(declined, null, await DepositSteps.ActorAsync(Factory, Sales, PortalRoles.Sales));
            var result = await scope.ServiceProvider.GetRequiredService<QuoteAnswers>().DeclineAsync(declined, null,
                new DecisionNote("The installation window does not fit our hall's power upgrade."), await DepositSteps.ActorAsync(Factory, "buyer@fjord.example", PortalRoles.Customer));
            Assert.True(result.Succeeded);
        }
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
    public async Task ThePipelineExportsAsCsvOneRowPerQuote()
    {
        await ArrangeAsync();
        var filter = Around();
        using var admin = await Factory.SignedInAsync(Admin);
        var query = $"from={filter.From:yyyy-MM-dd}&to={filter.To:yyyy-MM-dd}";

        using var response = await admin.Http.GetAsync($"/Staff/Reports/Pipeline?{query}");
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var expected = await ExpectedAsync(filter);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"pipeline-{filter.From:yyyy-MM-dd}-{filter.To:yyyy-MM-dd}.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("number,customer,status,submitted_utc,issued_utc,revision,value,currency,salesperson", lines[0]);
        Assert.Equal(expected.SubmittedQuotes, lines.Length - 1);
        Assert.Contains(lines, l => l.Contains(",Declined,", StringComparison.Ordinal) && l.Contains("Fjord Compute AS", StringComparison.Ordinal) && l.EndsWith(",USD,Sam Sales", StringComparison.Ordinal));
    }
}

public sealed class SalesReportOnSqlite(SqlitePortal portal) : SalesReportTests(portal), IClassFixture<SqlitePortal>;

public sealed class SalesReportOnPostgreSql(PostgresPortal portal) : SalesReportTests(portal), IClassFixture<PostgresPortal>;
