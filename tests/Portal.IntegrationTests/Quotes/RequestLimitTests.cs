using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Domain.Quotes;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Quotes;

/// <summary>
/// "Maximum per order" counts the whole request, not each configuration, and a request has at most so many lines: the
/// same rule for a draft built over several visits to the configurator, its submission, and the API's one-call request.
/// </summary>
public abstract class RequestLimitTests(PortalFixture portal)
{
    private const string Trainium2Rack = "TRN2-RACK-48U";
    private static readonly string NextQuarter = Quarter.Containing(DateTime.UtcNow).Plus(2).ToString();

    private static Dictionary<string, string> Trainium2Racks(int racks) => new()
    {
        ["RackSku"] = Trainium2Rack, ["RackCount"] = racks.ToString(CultureInfo.InvariantCulture),
        ["Components[0].Sku"] = "TRN2-SRV-16", ["Components[0].Quantity"] = "4",
        ["Components[1].Sku"] = "EFA-SW-25T", ["Components[1].Quantity"] = "1",
        ["Components[2].Sku"] = "PDU-3PH-60KW", ["Components[2].Quantity"] = "2",
    };

    private static object Trainium2RacksJson(int racks) => new
    {
        rackSku = Trainium2Rack,
        components = new[] { new { sku = "TRN2-SRV-16", quantity = 4 }, new { sku = "EFA-SW-25T", quantity = 1 }, new { sku = "PDU-3PH-60KW", quantity = 2 } },
        rackCount = racks,
    };

    /// <summary>Starts a draft in the configurator and adds a second configuration through the draft's own link, as a buyer clicks.</summary>
    private static async Task<(int Draft, PortalClient.Page Second)> TwoVisitsAsync(PortalClient client, int firstRacks, int secondRacks)
    {
        var first = await client.SubmitAsync("/Customer/Configurator", Trainium2Racks(firstRacks), "/Customer/Configurator/AddToQuote");
        Assert.True(first.Status == HttpStatusCode.Redirect, $"The first configuration answered {(int)first.Status}: {first.Text("[data-problem-for]")}");
        var draft = await client.GetAsync(first.Location!);
        var addLink = draft.Document.QuerySelectorAll("a[href*='/Customer/Configurator?quote=']").First().GetAttribute("href")!;
        var second = await client.SubmitAsync(addLink, Trainium2Racks(secondRacks), "/Customer/Configurator/AddToQuote");
        return (int.Parse(first.Location!.Split('/')[^1], CultureInfo.InvariantCulture), second);
    }

    private Task<int> RacksOnAsync(int quoteId) =>
        portal.Factory.QueryAsync(db => db.Quotes.Where(q => q.Id == quoteId).SelectMany(q => q.Racks).SumAsync(c => c.RackCount));

    [SkippableFact]
    public async Task ASecondConfigurationThatTakesTheRequestPastTheMaximumIsRefusedAndNothingIsAdded()
    {
        using var client = await portal.Factory.SignedInAsync(await Customers.AddAsync(portal.Factory, "limitpage"));

        var (draft, second) = await TwoVisitsAsync(client, firstRacks: 40, secondRacks: 40);

        Assert.Equal(HttpStatusCode.OK, second.Status);
        var refusal = second.Text(".alert-danger");
        Assert.Contains("at most 64 of", refusal);
        Assert.Contains("asks for 80", refusal);
        Assert.Equal(40, await RacksOnAsync(draft));
    }

    [SkippableFact]
    public async Task ADraftOverTheMaximumAsAWholeIsNotSubmitted()
    {
        using var client = await portal.Factory.SignedInAsync(await Customers.AddAsync(portal.Factory, "limitsubmit"));
        var (draft, second) = await TwoVisitsAsync(client, firstRacks: 20, secondRacks: 20);
        Assert.Equal(HttpStatusCode.Redirect, second.Status);
        await client.SubmitAsync($"/Customer/Quotes/Details/{draft}", new Dictionary<string, string> { ["Draft.RequestedQuarter"] = NextQuarter },
            $"/Customer/Quotes/Describe/{draft}");
        await SetMaximumAsync(Trainium2Rack, 32);
        try
        {
            var submitted = await client.SubmitAsync($"/Customer/Quotes/Details/{draft}", new Dictionary<string, string>(), $"/Customer/Quotes/Submit/{draft}");

            Assert.Equal(HttpStatusCode.OK, submitted.Status);
            Assert.Contains("at most 32 of", submitted.Text(".alert-danger"));
            Assert.Contains("asks for 40", submitted.Text(".alert-danger"));
            Assert.Equal(QuoteStatus.Draft, await portal.Factory.QueryAsync(db => db.Quotes.Where(q => q.Id == draft).Select(q => q.Status).SingleAsync()));
        }
        finally
        {
            await SetMaximumAsync(Trainium2Rack, 64);
        }
    }

    [SkippableFact]
    public async Task TheApiCountsTheWholeOneCallRequestAndCapsItsLines()
    {
        var owner = await Customers.AddAsync(portal.Factory, "limitapi");
        var api = await ApiCaller.ForAsync(portal.Factory, owner);
        var (organization, site) = await portal.Factory.QueryAsync(async db =>
        {
            var id = await db.Users.Where(u => u.Email == owner).Select(u => u.OrganizationId!.Value).SingleAsync();
            return (id, await db.Sites.Where(s => s.OrganizationId == id).Select(s => s.Id).SingleAsync());
        });

        var tooManyRacks = await api.JsonAsync(HttpMethod.Post, "/api/v1/quotes",
            new { siteId = site, requestedQuarter = NextQuarter, configurations = new[] { Trainium2RacksJson(40), Trainium2RacksJson(40) } },
            HttpStatusCode.BadRequest);
        var tooManyLines = await api.JsonAsync(HttpMethod.Post, "/api/v1/quotes",
            new { siteId = site, configurations = Enumerable.Range(0, RequestLimits.MaxLines + 1).Select(_ => Trainium2RacksJson(1)).ToArray() },
            HttpStatusCode.BadRequest);

        var racks = Assert.Single(ApiCaller.ErrorsFor(tooManyRacks, "configurations[1]"));
        Assert.Contains("at most 64 of", racks);
        Assert.Contains("asks for 80", racks);
        Assert.Equal(RequestLimits.TooManyLines, tooManyLines.GetProperty("detail").GetString());
        Assert.Contains($"at most {RequestLimits.MaxLines} lines", RequestLimits.TooManyLines);
        Assert.Equal(0, await portal.Factory.QueryAsync(db => db.Quotes.CountAsync(q => q.OrganizationId == organization)));
    }

    private Task SetMaximumAsync(string sku, int maximum) =>
        portal.Factory.QueryAsync(db => db.Products.Where(p => p.Sku == sku)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.MaxQuantityPerOrder, maximum)));
}

public sealed class RequestLimitsOnSqlite(SqlitePortal portal) : RequestLimitTests(portal), IClassFixture<SqlitePortal>;

public sealed class RequestLimitsOnPostgreSql(PostgresPortal portal) : RequestLimitTests(portal), IClassFixture<PostgresPortal>;
