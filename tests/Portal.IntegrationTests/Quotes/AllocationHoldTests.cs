using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common;
using Portal.Domain.Catalog;
using Portal.Domain.Common;
using Portal.Domain.Quotes;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Quotes;

/// <summary>Issuing holds the supply of allocation-limited lines; declining and cancelling give it back; it never runs over.</summary>
public abstract class AllocationHoldTests(PortalFixture portal)
{
    private const string Sales = "sales@northwind.example";

    private Task<(int Held, int Free)> SupplyAsync(string sku, int quarterOffset) =>
        portal.Factory.QueryAsync(async db =>
        {
            var quarter = Quarter.Containing(DateTime.UtcNow).Plus(quarterOffset);
            var allocation = await db.Allocations.AsNoTracking().SingleAsync(a => a.Quarter == quarter && db.Products.Any(p => p.Id == a.ProductId && p.Sku == sku));
            return (allocation.Held, allocation.Free);
        });

    private static Task<PortalClient.Page> PostAsync(PortalClient client, string page, string action, Dictionary<string, string>? fields = null) =>
        client.SubmitAsync(page, fields ?? [], action);

    [SkippableFact]
    public async Task IssuingHoldsRacksAndSledsInTheQuarterAndDecliningOrCancellingGivesThemBack()
    {
        var (racksHeld, _) = await SupplyAsync("TRN3-RACK-48U", 3);
        var (sledsHeld, _) = await SupplyAsync("TRN3-SLED-8", 3);
        using var sales = await portal.Factory.SignedInAsync(Sales);
        using var customer = await portal.Factory.SignedInAsync("buyer@helios.example");
        var declined = await new QuoteBuilder(portal.Factory, "Helios AI Labs").ForQuarter(3).ClaimedBy(Sales)
            .WithConfiguration("TRN3-RACK-48U", [("TRN3-SLED-8", 8), ("EFA-SW-51T", 1)], 2).SubmitAsync();
        var cancelled = await new QuoteBuilder(portal.Factory, "Helios AI Labs").ForQuarter(3).ClaimedBy(Sales)
            .WithConfiguration("TRN3-RACK-48U", [("TRN3-SLED-8", 8), ("EFA-SW-51T", 1)], 1).WithProduct("TRN3-SLED-8", 4).SubmitAsync();

        await PostAsync(sales, $"/Staff/Quotes/Details/{declined}", $"/Staff/Quotes/Approve/{declined}");
        await PostAsync(sales, $"/Staff/Quotes/Details/{cancelled}", $"/Staff/Quotes/Approve/{cancelled}");

        Assert.Equal((racksHeld + 3, sledsHeld + 16 + 12), ((await SupplyAsync("TRN3-RACK-48U", 3)).Held, (await SupplyAsync("TRN3-SLED-8", 3)).Held));
        Assert.Equal(2, await portal.Factory.QueryAsync(db => db.QuoteHolds.CountAsync(h => h.QuoteId == cancelled)));

        var decline = await PostAsync(customer, $"/Customer/Quotes/Details/{declined}", $"/Customer/Quotes/Decline/{declined}",
            new Dictionary<string, string> { ["Decline.Reason"] = "Budget moved to next year." });
        var cancel = await PostAsync(sales, $"/Staff/Quotes/Details/{cancelled}", $"/Staff/Quotes/Cancel/{cancelled}");

        Assert.Equal(HttpStatusCode.Redirect, decline.Status);
        Assert.Equal(HttpStatusCode.Redirect, cancel.Status);
        Assert.Equal((racksHeld, sledsHeld), ((await SupplyAsync("TRN3-RACK-48U", 3)).Held, (await SupplyAsync("TRN3-SLED-8", 3)).Held));
        Assert.False(await portal.Factory.QueryAsync(db => db.QuoteHolds.AnyAsync(h => h.QuoteId == declined || h.QuoteId == cancelled)));
    }

    [SkippableFact]
    public async Task ShortSupplyRefusesTheIssueClearlyAndHoldsNothing()
    {
        var before = await SupplyAsync("TRN3-RACK-48U", 0);
        using var sales = await portal.Factory.SignedInAsync(Sales);
        var id = await new QuoteBuilder(portal.Factory, "Helios AI Labs").ForQuarter(0).ClaimedBy(Sales)
            .WithConfiguration("TRN3-RACK-48U", [("TRN3-SLED-8", 8), ("EFA-SW-51T", 1)], 1).SubmitAsync();

        var refused = await PostAsync(sales, $"/Staff/Quotes/Details/{id}", $"/Staff/Quotes/Approve/{id}");

        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Contains("but only 0 are free there", refused.Body);
        Assert.Equal(before, await SupplyAsync("TRN3-RACK-48U", 0));
        var quote = await portal.Factory.QueryAsync(db => db.Quotes.AsNoTracking().SingleAsync(q => q.Id == id));
        Assert.Equal(QuoteStatus.InReview, quote.Status);
        Assert.False(await portal.Factory.QueryAsync(db => db.QuoteRevisions.AnyAsync(r => r.QuoteId == id)));
        Assert.False(await portal.Factory.QueryAsync(db => db.QuoteHolds.AnyAsync(h => h.QuoteId == id)));
    }

    [SkippableFact]
    public async Task SalesSeesTheShortfallMovesTheDeliveryToAQuarterWithSupplyAndIssues()
    {
        using var sales = await portal.Factory.SignedInAsync(Sales);
        var id = await new QuoteBuilder(portal.Factory, "Helios AI Labs").ForQuarter(0).ClaimedBy(Sales)
            .WithConfiguration("TRN3-RACK-48U", [("TRN3-SLED-8", 8), ("EFA-SW-51T", 1)], 1).SubmitAsync();
        var later = Quarter.Containing(DateTime.UtcNow).Plus(3).ToString();

        var page = await sales.GetAsync($"/Staff/Quotes/Details/{id}");
        Assert.Contains("Not enough supply", page.Text("#supply-heading + table + p"));
        Assert.Contains("short", page.Text("tbody"));
        var past = await sales.SubmitAsync(page, new Dictionary<string, string> { ["quarter"] = "2001-Q1" }, $"/Staff/Quotes/MoveDelivery/{id}");
        Assert.Equal(HttpStatusCode.OK, past.Status);
        Assert.Contains("Choose this quarter or a later one", past.Body);
        var moved = await sales.SubmitAsync($"/Staff/Quotes/Details/{id}", new Dictionary<string, string> { ["quarter"] = later }, $"/Staff/Quotes/MoveDelivery/{id}");
        var issued = await PostAsync(sales, $"/Staff/Quotes/Details/{id}", $"/Staff/Quotes/Approve/{id}");

        Assert.Equal(HttpStatusCode.Redirect, moved.Status);
        Assert.Equal(HttpStatusCode.Redirect, issued.Status);
        var quote = await portal.Factory.QueryAsync(db => db.Quotes.AsNoTracking().SingleAsync(q => q.Id == id));
        Assert.Equal((QuoteStatus.Issued, later), (quote.Status, quote.RequestedQuarter.ToString()));
        Assert.Contains($"moved to {later}", Outbox.AllTo(portal.Factory, "buyer@helios.example").Select(m => m.Subject ?? "").Last(s => s.Contains("moved", StringComparison.Ordinal)));
    }

    [SkippableFact]
    public async Task TwoHundredConcurrentIssuesForFiftyFreeUnitsHoldExactlyFifty()
    {
        await ConcurrentIssues.HoldExactlyFiftyAsync([portal.Factory]);
        await SalesDaysCheck.AssertInStepAsync(portal.Factory);
    }
}

public sealed class AllocationHoldsOnSqlite(SqlitePortal portal) : AllocationHoldTests(portal), IClassFixture<SqlitePortal>;

public sealed class AllocationHoldsOnPostgreSql(PostgresPortal portal) : AllocationHoldTests(portal), IClassFixture<PostgresPortal>;
