using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Waitlist;
using Portal.Domain.Common;
using Portal.Domain.Waitlist;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Catalog;

/// <summary>
/// Supply the lead time cannot reach is not available: the catalog's badge, the product page, the configurator, the
/// delivery quarters a draft offers, the waitlist's quarters and its offers all start from the product's lead time.
/// </summary>
public abstract class DeliveryQuarterTests(PortalFixture portal)
{
    private const string Rack = "TRN3-RACK-48U";
    private const int LeadTimeWeeks = 30;

    /// <summary>
    /// The rack takes 30 weeks (two or three quarters); supply is added for the current quarter and the one after,
    /// the first quarter the lead time allows is sold out and the one after it has supply.
    /// </summary>
    private async Task<(Quarter Current, Quarter Earliest)> SupplyBeforeTheLeadTimeAsync()
    {
        var now = DateTime.UtcNow;
        await portal.Factory.QueryAsync(db => db.Database.ExecuteSqlAsync($"UPDATE \"Products\" SET \"LeadTimeWeeks\" = {LeadTimeWeeks} WHERE \"Sku\" = {Rack}"));
        var (current, earliest) = (Quarter.Containing(now), Quarter.Containing(now.AddDays(LeadTimeWeeks * 7)));
        for (var quarter = current; quarter < earliest; quarter = quarter.Plus(1))
        {
            await Supply.SetAsync(portal.Factory, Rack, quarter, 200);
        }
        var soldOut = await Supply.OfAsync(portal.Factory, Rack, earliest);
        await Supply.SetAsync(portal.Factory, Rack, earliest, soldOut.Held + soldOut.Committed);
        await Supply.SetAsync(portal.Factory, Rack, earliest.Plus(1), 500);
        return (current, earliest);
    }

    [SkippableFact]
    public async Task TheCatalogTheConfiguratorTheDraftAndTheWaitlistAllStartFromTheLeadTime()
    {
        var (current, earliest) = await SupplyBeforeTheLeadTimeAsync();
        var firstFree = earliest.Plus(1).ToString();
        using var visitor = portal.Factory.NewClient();
        using var buyer = await portal.Factory.SignedInAsync("buyer@helios.example");
        var api = await ApiCaller.ForAsync(portal.Factory, "buyer@helios.example", write: false);

        var catalog = await visitor.GetAsync("/catalog");
        var product = await visitor.GetAsync($"/catalog/{Rack}");
        var evaluation = await api.JsonAsync(HttpMethod.Post, "/api/v1/configurations/evaluate", new
        {
            rackSku = Rack,
            components = new[] { new { sku = "TRN3-SLED-8", quantity = 8 }, new { sku = "EFA-SW-51T", quantity = 1 } },
            rackCount = 1,
        });
        var draft = await new QuoteBuilder(portal.Factory, "Helios AI Labs").WithConfiguration(Rack, [("TRN3-SLED-8", 8), ("EFA-SW-51T", 1)], 1).ForQuarter(0).DraftAsync();
        var draftPage = await buyer.GetAsync($"/Customer/Quotes/Details/{draft}");
        var join = await buyer.GetAsync($"/Customer/Waitlist/Join?sku={Rack}");

        var card = catalog.Document.QuerySelectorAll("article.product-card").Single(a => a.QuerySelector($"a[href='/catalog/{Rack}']") is not null);
        Assert.Contains($"from {firstFree}", card.TextContent);
        Assert.Contains($"from {firstFree}", product.Body);
        Assert.DoesNotContain(current.ToString(), product.Text("table"));
        Assert.Equal(firstFree, evaluation.GetProperty("supply").EnumerateArray().Single(s => s.GetProperty("sku").GetString() == Rack).GetProperty("earliestQuarter").GetString());
        var deliveries = draftPage.Document.QuerySelectorAll("#Draft_RequestedQuarter option").Select(o => o.GetAttribute("value")).Where(v => v != "").ToList();
        Assert.Equal(earliest.ToString(), deliveries[0]);
        var quarters = join.Document.QuerySelectorAll("#Quarter option").Select(o => o.GetAttribute("value")).Where(v => v != "").ToList();
        Assert.Equal(earliest.ToString(), quarters[0]);
    }

    [SkippableFact]
    public async Task TheWaitlistTakesNoQuarterBeforeTheLeadTimeAndOffersNoSupplyBeforeIt()
    {
        var (current, earliest) = await SupplyBeforeTheLeadTimeAsync();
        var email = await Customers.AddAsync(portal.Factory, $"lead{Guid.NewGuid():N}"[..12]);
        using var customer = await portal.Factory.SignedInAsync(email);

        var tooSoon = await customer.SubmitAsync($"/Customer/Waitlist/Join?sku={Rack}", new Dictionary<string, string> { ["Quantity"] = "2", ["Quarter"] = current.ToString() });
        var earliestWithSupply = await customer.SubmitAsync($"/Customer/Waitlist/Join?sku={Rack}", new Dictionary<string, string> { ["Quantity"] = "2", ["Quarter"] = "" });
        await Jobs.RunAsync<WaitlistOffers>(portal.Factory);

        Assert.Equal(HttpStatusCode.OK, tooSoon.Status);
        Assert.Equal($"Trainium3 UltraServer rack, 48U takes {LeadTimeWeeks} weeks to deliver, so {earliest} is the earliest quarter; choose it, a later one, or the earliest with supply.",
            tooSoon.FieldMessage("Quarter"));
        Assert.Equal(HttpStatusCode.Redirect, earliestWithSupply.Status);
        var entries = await portal.Factory.QueryAsync(db => db.WaitlistEntries.AsNoTracking()
            .Where(e => db.Users.Any(u => u.Email == email && u.OrganizationId == e.OrganizationId)).ToListAsync());
        var entry = Assert.Single(entries);
        Assert.Equal(WaitlistStatus.Offered, entry.Status);
        Assert.True(entry.OfferedQuarter >= earliest, $"offered {entry.OfferedQuarter}, before {earliest}");
    }
}

public sealed class DeliveryQuartersOnSqlite(SqlitePortal portal) : DeliveryQuarterTests(portal), IClassFixture<SqlitePortal>;

public sealed class DeliveryQuartersOnPostgreSql(PostgresPortal portal) : DeliveryQuarterTests(portal), IClassFixture<PostgresPortal>;
