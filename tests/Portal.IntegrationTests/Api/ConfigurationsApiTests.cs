using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common;
using Portal.Application.Configurations;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Api;

/// <summary>A configuration judged and priced through the API: the configurator's own answer, a broken rule by field, a foreign site not found.</summary>
public abstract class ConfigurationsApiTests(PortalFixture portal)
{
    private static object Configuration(string rack, int servers, int racks, int? siteId) => new
    {
        rackSku = rack,
        components = new[] { new { sku = "TRN2-SRV-16", quantity = servers }, new { sku = "EFA-SW-25T", quantity = 1 }, new { sku = "PDU-3PH-60KW", quantity = 2 } },
        rackCount = racks,
        siteId,
    };

    [SkippableFact]
    public async Task AConfigurationIsPricedExactlyAsTheConfiguratorPricesIt()
    {
        var api = await ApiCaller.ForAsync(portal.Factory, "buyer@helios.example", write: false);
        var (site, expected) = await ExpectedAsync("buyer@helios.example", new ConfigurationRequest("TRN2-RACK-48U",
            [new ComponentRequest("TRN2-SRV-16", 4), new ComponentRequest("EFA-SW-25T", 1), new ComponentRequest("PDU-3PH-60KW", 2)], 4, null));

        var answer = await api.JsonAsync(HttpMethod.Post, "/api/v1/configurations/evaluate", Configuration("TRN2-RACK-48U", 4, 4, site));

        Assert.True(answer.GetProperty("valid").GetBoolean(), answer.GetProperty("problems").ToString());
        Assert.Equal(0, answer.GetProperty("problems").GetArrayLength());
        Assert.Equal(expected.Price!.Total.Major, answer.GetProperty("total").GetDecimal());
        Assert.Equal(expected.Price.ListTotal.Major, answer.GetProperty("listTotal").GetDecimal());
        Assert.Equal(expected.VolumeTier!.DiscountPercent, answer.GetProperty("volumeDiscountPercent").GetDecimal());
        Assert.Equal(answer.GetProperty("total").GetDecimal(), answer.GetProperty("lines").EnumerateArray().Sum(l => l.GetProperty("amount").GetDecimal()));
        Assert.Equal(16, answer.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("sku").GetString() == "TRN2-SRV-16").GetProperty("quantity").GetInt32());
    }

    [SkippableFact]
    public async Task ABrokenRuleIsNamedByItsFieldAndAnotherCompanysSiteIsNotFound()
    {
        var api = await ApiCaller.ForAsync(portal.Factory, "buyer@helios.example", write: false);
        var foreignSite = await portal.Factory.QueryAsync(db => db.Sites.Where(s => s.Organization!.Name == "Fjord Compute AS").Select(s => s.Id).FirstAsync());

        var unknownRack = await api.JsonAsync(HttpMethod.Post, "/api/v1/configurations/evaluate", Configuration("NO-SUCH-RACK", 4, 1, null));
        var tooMany = await api.JsonAsync(HttpMethod.Post, "/api/v1/configurations/evaluate", Configuration("TRN2-RACK-48U", 400, 1, null));
        var elsewhere = await api.JsonAsync(HttpMethod.Post, "/api/v1/configurations/evaluate", Configuration("TRN2-RACK-48U", 4, 1, foreignSite), HttpStatusCode.NotFound);

        Assert.False(unknownRack.GetProperty("valid").GetBoolean());
        Assert.Contains(unknownRack.GetProperty("problems").EnumerateArray(), p => p.GetProperty("field").GetString() == "rackSku");
        Assert.False(tooMany.GetProperty("valid").GetBoolean());
        Assert.NotEqual(0, tooMany.GetProperty("problems").GetArrayLength());
        Assert.Contains("site was not found", elsewhere.GetProperty("detail").GetString());
    }

    [SkippableFact]
    public async Task AHugeQuantityGetsItsLimitAndNoFigureIsWorkedOutFromIt()
    {
        var api = await ApiCaller.ForAsync(portal.Factory, "buyer@helios.example", write: false);

        var hugeServers = await api.JsonAsync(HttpMethod.Post, "/api/v1/configurations/evaluate", Configuration("TRN2-RACK-48U", int.MaxValue, 1, null));
        var hugeRackCount = await api.JsonAsync(HttpMethod.Post, "/api/v1/configurations/evaluate", Configuration("TRN2-RACK-48U", 4, int.MaxValue, null));

        var problems = hugeServers.GetProperty("problems").EnumerateArray().Select(p => (Field: p.GetProperty("field").GetString(), Message: p.GetProperty("message").GetString()!)).ToList();
        Assert.Contains(problems, p => p.Field == "components[0].quantity" && p.Message.StartsWith("Put between 1 and 48", StringComparison.Ordinal));
        Assert.DoesNotContain(problems, p => p.Field == "components");
        Assert.Contains(hugeRackCount.GetProperty("problems").EnumerateArray(), p => p.GetProperty("field").GetString() == "rackCount");
        Assert.Equal(JsonValueKind.Null, hugeRackCount.GetProperty("total").ValueKind);
        Assert.Equal(0, hugeRackCount.GetProperty("lines").GetArrayLength());
        Assert.All(hugeRackCount.GetProperty("supply").EnumerateArray(), s => Assert.True(s.GetProperty("units").GetInt32() > 0));
    }

    [SkippableFact]
    public async Task TheSameConfigurationGetsTheSameAnswerUntilItsSiteIsEditedAndTheNextEvaluationSeesTheEdit()
    {
        var owner = await Customers.AddAsync(portal.Factory, "evalsite");
        using var client = await portal.Factory.SignedInAsync(owner);
        var name = $"Reno {Guid.NewGuid():N}"[..12];
        await client.SubmitAsync("/Customer/Sites/Create", new Dictionary<string, string>
        {
            ["Name"] = name, ["City"] = "Reno", ["CountryCode"] = "US", ["PowerAvailableKw"] = "2500", ["Cooling"] = "Liquid",
        });
        var site = await portal.Factory.QueryAsync(db => db.Sites.Where(s => s.Name == name).Select(s => s.Id).SingleAsync());
        var api = await ApiCaller.ForAsync(portal.Factory, owner, write: false);

        var first = await api.JsonAsync(HttpMethod.Post, "/api/v1/configurations/evaluate", Configuration("TRN2-RACK-48U", 4, 4, site));
        var again = await api.JsonAsync(HttpMethod.Post, "/api/v1/configurations/evaluate", Configuration("TRN2-RACK-48U", 4, 4, site));
        await client.SubmitAsync($"/Customer/Sites/Edit/{site}", new Dictionary<string, string> { ["PowerAvailableKw"] = "10" });
        var afterEdit = await api.JsonAsync(HttpMethod.Post, "/api/v1/configurations/evaluate", Configuration("TRN2-RACK-48U", 4, 4, site));

        Assert.True(first.GetProperty("valid").GetBoolean(), first.GetProperty("problems").ToString());
        Assert.Equal(first.ToString(), again.ToString());
        Assert.False(afterEdit.GetProperty("valid").GetBoolean());
        var problem = Assert.Single(afterEdit.GetProperty("problems").EnumerateArray());
        Assert.Equal("siteId", problem.GetProperty("field").GetString());
        Assert.Contains($"{name} has 10 kW available", problem.GetProperty("message").GetString());
    }

    /// <summary>The configurator's own evaluation, for the buyer's first site.</summary>
    private async Task<(int Site, ConfigurationEvaluation Evaluation)> ExpectedAsync(string buyer, ConfigurationRequest request)
    {
        using var scope = portal.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IPortalDb>();
        var user = await db.Users.SingleAsync(u => u.Email == buyer);
        var site = await db.Sites.Where(s => s.OrganizationId == user.OrganizationId).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
        var actor = new Actor(user.Id, user.FullName, user.OrganizationId, new HashSet<string> { PortalRoles.Customer });
        return (site, await scope.ServiceProvider.GetRequiredService<ConfigurationEvaluator>().EvaluateAsync(request with { SiteId = site }, actor));
    }
}

public sealed class ConfigurationsApiOnSqlite(SqlitePortal portal) : ConfigurationsApiTests(portal), IClassFixture<SqlitePortal>;

public sealed class ConfigurationsApiOnPostgreSql(PostgresPortal portal) : ConfigurationsApiTests(portal), IClassFixture<PostgresPortal>;
