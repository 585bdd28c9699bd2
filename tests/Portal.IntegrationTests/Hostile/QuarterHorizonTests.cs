using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Common;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Hostile;

/// <summary>
/// Wherever a quarter is typed (a draft's delivery, sales' pricing and delivery move, a waitlist, supply; on the pages and
/// through the API), one beyond the horizon gets the field's message and changes nothing; the horizon itself is taken.
/// </summary>
public abstract class QuarterHorizonTests(PortalFixture portal)
{
    private const string Rack = "TRN3-RACK-48U";
    private const string Buyer = "buyer@helios.example";
    private const string Sales = "sales@northwind.example";

    private static string Refusal => QuarterRules.BeyondHorizon(DateTime.UtcNow);

    public static TheoryData<string> BeyondTheHorizon => new() { "9999-Q4", Quarter.Horizon(DateTime.UtcNow).Plus(1).ToString() };

    [SkippableTheory]
    [MemberData(nameof(BeyondTheHorizon))]
    public async Task EveryFormRefusesAQuarterBeyondTheHorizon(string quarter)
    {
        using var buyer = await portal.Factory.SignedInAsync(Buyer);
        using var sales = await portal.Factory.SignedInAsync(Sales);
        using var admin = await portal.Factory.SignedInAsync("admin@northwind.example");
        var draft = await DraftAsync(buyer);
        var request = await new QuoteBuilder(portal.Factory, "Helios AI Labs").ForQuarter(0).ClaimedBy(Sales)
            .WithConfiguration(Rack, [("TRN3-SLED-8", 8)], 1).SubmitAsync();

        var described = await buyer.SubmitAsync($"/Customer/Quotes/Details/{draft}",
            new Dictionary<string, string> { ["Draft.RequestedQuarter"] = quarter }, $"/Customer/Quotes/Describe/{draft}");
        var waiting = await buyer.SubmitAsync($"/Customer/Waitlist/Join?sku={Rack}", new Dictionary<string, string> { ["Quantity"] = "1", ["Quarter"] = quarter });
        var priced = await sales.SubmitAsync($"/Staff/Quotes/Details/{request}",
            new Dictionary<string, string> { ["Pricing.Configurations[0].Quarter"] = quarter }, $"/Staff/Quotes/Price/{request}");
        var moved = await sales.SubmitAsync($"/Staff/Quotes/Details/{request}", new Dictionary<string, string> { ["quarter"] = quarter }, $"/Staff/Quotes/MoveDelivery/{request}");
        var supplied = await admin.SubmitAsync("/Admin/Products/Edit/TRN3-SLED-8",
            new Dictionary<string, string> { ["Supply.Quarter"] = quarter, ["Supply.Units"] = "10" }, "/Admin/Products/Supply/TRN3-SLED-8");

        Assert.Equal(Refusal, described.FieldMessage("Draft.RequestedQuarter"));
        Assert.Equal(Refusal, waiting.FieldMessage("Quarter"));
        Assert.Equal(Refusal, priced.FieldMessage("Pricing.Configurations[0].Quarter"));
        Assert.Equal(Refusal, moved.FieldMessage("Quarter"));
        Assert.Equal(Refusal, supplied.FieldMessage("Supply.Quarter"));
        var quarters = await portal.Factory.QueryAsync(async db => (await db.Quotes.Select(q => q.RequestedQuarter).ToListAsync())
            .Concat(await db.Quotes.SelectMany(q => q.Racks).Select(c => c.DeliveryQuarter).ToListAsync())
            .Concat(await db.Quotes.SelectMany(q => q.Products).Select(p => p.DeliveryQuarter).ToListAsync())
            .Concat(await db.WaitlistEntries.Select(e => e.Quarter).ToListAsync())
            .Concat((await db.Allocations.Select(a => a.Quarter).ToListAsync()).Cast<Quarter?>()));
        Assert.DoesNotContain(quarters, q => q > Quarter.Horizon(DateTime.UtcNow));
    }

    [SkippableTheory]
    [MemberData(nameof(BeyondTheHorizon))]
    public async Task TheApiRefusesAQuarterBeyondTheHorizonByItsField(string quarter)
    {
        var api = await ApiCaller.ForAsync(portal.Factory, Buyer);
        var site = await SiteAsync();

        var waiting = await api.JsonAsync(HttpMethod.Post, "/api/v1/waitlist", new { sku = Rack, quantity = 1, quarter }, HttpStatusCode.BadRequest);
        var requested = await api.JsonAsync(HttpMethod.Post, "/api/v1/quotes",
            new { siteId = site, requestedQuarter = quarter, products = new[] { new { sku = "SVC-INSTALL-RACK", quantity = 1 } } }, HttpStatusCode.BadRequest);

        Assert.Equal([Refusal], ApiCaller.ErrorsFor(waiting, "quarter"));
        Assert.Equal([Refusal], ApiCaller.ErrorsFor(requested, "requestedQuarter"));
    }

    [SkippableFact]
    public async Task TheHorizonItselfIsTaken()
    {
        using var buyer = await portal.Factory.SignedInAsync(Buyer);
        var draft = await DraftAsync(buyer);
        var horizon = Quarter.Horizon(DateTime.UtcNow);

        var described = await buyer.SubmitAsync($"/Customer/Quotes/Details/{draft}",
            new Dictionary<string, string> { ["Draft.RequestedQuarter"] = horizon.ToString() }, $"/Customer/Quotes/Describe/{draft}");

        Assert.Equal(HttpStatusCode.Redirect, described.Status);
        Assert.Equal(horizon, await portal.Factory.QueryAsync(db => db.Quotes.Where(q => q.Id == draft).Select(q => q.RequestedQuarter).SingleAsync()));
    }

    /// <summary>A draft started from the configurator with one bare Trainium2 rack; answers its id.</summary>
    private static async Task<int> DraftAsync(PortalClient buyer)
    {
        var added = await buyer.SubmitAsync("/Customer/Configurator", new Dictionary<string, string>
        {
            ["RackSku"] = "TRN2-RACK-48U", ["RackCount"] = "1",
            ["Components[0].Sku"] = "TRN2-SRV-16", ["Components[0].Quantity"] = "4",
            ["Components[1].Sku"] = "EFA-SW-25T", ["Components[1].Quantity"] = "1",
        }, "/Customer/Configurator/AddToQuote");
        Assert.True(added.Status == HttpStatusCode.Redirect, $"Adding to a quote answered {(int)added.Status}: {added.Text("[data-problem-for]")}");
        return int.Parse(added.Location!.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    private Task<int> SiteAsync() =>
        portal.Factory.QueryAsync(db => db.Sites.Where(s => s.Organization!.Name == "Helios AI Labs").OrderBy(s => s.Id).Select(s => s.Id).FirstAsync());
}

public sealed class QuarterHorizonOnSqlite(SqlitePortal portal) : QuarterHorizonTests(portal), IClassFixture<SqlitePortal>;

public sealed class QuarterHorizonOnPostgreSql(PostgresPortal portal) : QuarterHorizonTests(portal), IClassFixture<PostgresPortal>;
