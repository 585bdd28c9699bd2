using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Configurations;

/// <summary>
/// The vendor's declared rules judge a configuration the same way through the API's evaluation and through a quote
/// request: the same message with its numbers, and in the evaluation the rule's name and its fix as data.
/// </summary>
public abstract class DeclaredRulesTests(PortalFixture portal)
{
    private const string NoSwitch =
        "2 racks need at least 1 network switch for scale-out (one per 4 racks), and the configuration has 0: add a switch to the configuration. " +
        "Add 1 × EFA scale-out switch, 51.2 Tb/s to each rack.";

    private static object TwoRacksWithoutASwitch(int? siteId) => new
    {
        rackSku = "TRN2-RACK-48U",
        components = new[] { new { sku = "TRN2-SRV-16", quantity = 2 }, new { sku = "PDU-3PH-60KW", quantity = 1 } },
        rackCount = 2,
        siteId,
    };

    [SkippableFact]
    public async Task TheEvaluationAndAQuoteRequestGiveTheSameAnswerAndTheEvaluationCarriesTheFix()
    {
        var owner = await Customers.AddAsync(portal.Factory, "declared");
        var site = await portal.Factory.QueryAsync(db => db.Sites.Where(s => s.Organization!.Name == "declared Compute").Select(s => s.Id).SingleAsync());
        var api = await ApiCaller.ForAsync(portal.Factory, owner);

        var evaluation = await api.JsonAsync(HttpMethod.Post, "/api/v1/configurations/evaluate", TwoRacksWithoutASwitch(site));
        var request = await api.JsonAsync(HttpMethod.Post, "/api/v1/quotes", new
        {
            siteId = site,
            configurations = new[] { TwoRacksWithoutASwitch(null) },
        }, HttpStatusCode.BadRequest);

        Assert.False(evaluation.GetProperty("valid").GetBoolean());
        var broken = Assert.Single(evaluation.GetProperty("brokenRules").EnumerateArray());
        Assert.Equal("scale-out-switches", broken.GetProperty("rule").GetString());
        Assert.Equal("components", broken.GetProperty("field").GetString());
        Assert.Equal(NoSwitch, broken.GetProperty("message").GetString());
        var fix = broken.GetProperty("fix");
        Assert.Equal(("Add", "EFA-SW-51T", 1), (fix.GetProperty("action").GetString(), fix.GetProperty("sku").GetString(), fix.GetProperty("quantity").GetInt32()));
        Assert.Contains(evaluation.GetProperty("problems").EnumerateArray(), p => p.GetProperty("message").GetString() == NoSwitch);
        Assert.Contains(NoSwitch, ApiCaller.ErrorsFor(request, "configurations[0].components"));
    }

    [SkippableFact]
    public async Task ATrainium3RackIsLiquidCooledHoweverLittleItDraws()
    {
        var api = await ApiCaller.ForAsync(portal.Factory, "buyer@fjord.example", write: false);
        var airSite = await portal.Factory.QueryAsync(db => db.Sites.Where(s => s.Name == "Rjukan Hall A").Select(s => s.Id).SingleAsync());
        using var visitor = portal.Factory.NewClient();

        var oneSled = await api.JsonAsync(HttpMethod.Post, "/api/v1/configurations/evaluate", new
        {
            rackSku = "TRN3-RACK-48U",
            components = new[] { new { sku = "TRN3-SLED-8", quantity = 1 }, new { sku = "EFA-SW-51T", quantity = 1 } },
            rackCount = 1,
            siteId = airSite,
        });
        var product = await visitor.GetAsync("/catalog/TRN3-RACK-48U");

        var broken = Assert.Single(oneSled.GetProperty("brokenRules").EnumerateArray());
        Assert.Equal("liquid-racks-cooling", broken.GetProperty("rule").GetString());
        Assert.Equal("siteId", broken.GetProperty("field").GetString());
        Assert.Equal("The Trainium3 UltraServer rack, 48U is liquid-cooled: it needs liquid cooling, and Rjukan Hall A is air-cooled.",
            broken.GetProperty("message").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, broken.GetProperty("fix").ValueKind);
        var cooling = product.Document.QuerySelectorAll("main tr").Single(r => r.QuerySelector("th")?.TextContent == "Cooling needed");
        Assert.Equal("Liquid", cooling.QuerySelector("td")!.TextContent);
    }
}

public sealed class DeclaredRulesOnSqlite(SqlitePortal portal) : DeclaredRulesTests(portal), IClassFixture<SqlitePortal>;

public sealed class DeclaredRulesOnPostgreSql(PostgresPortal portal) : DeclaredRulesTests(portal), IClassFixture<PostgresPortal>;
