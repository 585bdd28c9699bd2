using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Configurations;

public abstract class ConfiguratorTests(PortalFixture portal)
{
    private async Task<(PortalClient Client, string Token)> SignedInAsync(string email = "buyer@helios.example")
    {
        var client = portal.Factory.NewClient();
        await client.SignInAsync(email);
        return (client, await client.AntiforgeryTokenAsync("/Customer/Configurator"));
    }

    private static Dictionary<string, string> Form(string token, params (string Sku, string Quantity)[] components)
    {
        var form = new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["RackSku"] = "TRN3-RACK-48U", ["RackCount"] = "1" };
        for (var i = 0; i < components.Length; i++)
        {
            form[$"Components[{i}].Sku"] = components[i].Sku;
            form[$"Components[{i}].Quantity"] = components[i].Quantity;
        }
        return form;
    }

    private static string Problem(PortalClient.Page page, string field) =>
        page.Text($"[data-field-problem='{field}']");

    [SkippableFact]
    public async Task TheLiveEvaluationAnswersFiguresPriceAndSupply()
    {
        var (client, token) = await SignedInAsync();
        using var _ = client;

        var page = await client.PostAsync("/Customer/Configurator/Evaluate",
            Form(token, ("TRN3-SLED-8", "8"), ("EFA-SW-51T", "1"), ("CDU-LIQ-150KW", "1")));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("This configuration keeps every rule.", page.Body);
        Assert.Contains("22 of 48 U", page.Body);
        Assert.Contains("67.6 kW · 230,661 BTU/h", page.Body);
        Assert.Contains("$6,660,000", page.Body);
        Assert.Contains("earliest", page.Body);
        Assert.NotNull(page.Document.QuerySelector("svg.elevation"));
    }

    [SkippableFact]
    public async Task PricesTypedIntoTheFormAreIgnored()
    {
        var (client, token) = await SignedInAsync();
        using var _ = client;
        var form = Form(token, ("TRN3-SLED-8", "8"), ("EFA-SW-51T", "1"));
        form["ListPrice"] = "1";
        form["Components[0].UnitPrice"] = "0.01";
        form["Total"] = "1";

        var page = await client.PostAsync("/Customer/Configurator/Evaluate", form);

        Assert.Contains("$6,596,000", page.Body);
    }

    public static TheoryData<string, string, string> BadComponents => new()
    {
        { "NO-SUCH-SKU", "1", "There is no product NO-SUCH-SKU in the catalog." },
        { "TRN2-SRV-16", "1", "does not fit a Trn3 rack" },
        { "TRN3-SLED-8", "-4", "Put between 1 and 48" },
        { "TRN3-SLED-8", "0", "Put between 1 and 48" },
        { "TRN3-SLED-8", "99999999999", "Put between 1 and 48" },
        { "TRN3-SLED-8", "lots", "Put between 1 and 48" },
        { "TRN4-SLED-8", "1", "can only be reserved" },
        { "SVC-INSTALL-RACK", "1", "does not go into a rack" },
    };

    [SkippableTheory]
    [MemberData(nameof(BadComponents))]
    public async Task ABadComponentGetsAMessageOnItsRow(string sku, string quantity, string message)
    {
        var (client, token) = await SignedInAsync();
        using var _ = client;

        var page = await client.PostAsync("/Customer/Configurator/Evaluate", Form(token, (sku, quantity), ("EFA-SW-51T", "1")));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(message, Problem(page, "Components[0].Sku") + Problem(page, "Components[0].Quantity"));
    }

    [SkippableFact]
    public async Task AnotherOrganizationsSiteIsNotFound()
    {
        var heliosSite = await portal.Factory.QueryAsync(db => db.Sites.Where(s => s.Organization!.Name == "Helios AI Labs").Select(s => s.Id).FirstAsync());
        var (client, token) = await SignedInAsync("buyer@fjord.example");
        using var _ = client;
        var form = Form(token, ("TRN3-SLED-8", "8"));
        form["SiteId"] = heliosSite.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var live = await client.PostAsync("/Customer/Configurator/Evaluate", form);
        var page = await client.PostAsync("/Customer/Configurator", form);

        Assert.Equal(HttpStatusCode.NotFound, live.Status);
        Assert.Equal(HttpStatusCode.NotFound, page.Status);
    }

    [SkippableFact]
    public async Task WithoutScriptTheFormPostsAndComesBackWithTheMessagesAndTheRows()
    {
        var (client, token) = await SignedInAsync();
        using var _ = client;

        var page = await client.PostAsync("/Customer/Configurator", Form(token, ("TRN3-SLED-8", "30")));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("The components take 60 U", page.Text("[data-problem-for='Components']"));
        Assert.Contains("add a switch", page.Text("[data-problem-for='Components']"));
        Assert.Equal("30", page.Document.QuerySelector("#Components_0__Quantity")?.GetAttribute("value"));
        Assert.Equal(4, page.Document.QuerySelectorAll("select[name$='.Sku']").Length);
    }

    [SkippableTheory]
    [InlineData("TRN2-RACK-48U", "TRN2-SRV-16", "TRN3-SLED-8")]
    [InlineData("TRN2-RACK-48U", "RDHX-50KW", "TRN4-SLED-8")]
    [InlineData("TRN3-RACK-48U", "TRN3-SLED-8", "TRN2-SRV-16")]
    [InlineData("TRN3-RACK-48U", "CDU-LIQ-150KW", "RDHX-50KW")]
    public async Task OnlyComponentsThatFitTheChosenRackAreOffered(string rack, string fits, string doesNotFit)
    {
        var (client, _) = await SignedInAsync();
        using var _client = client;

        var page = await client.GetAsync($"/Customer/Configurator?rack={rack}");

        var offered = page.Document.QuerySelectorAll("#Components_0__Sku option:not([disabled])").Select(o => o.GetAttribute("value")).ToList();
        Assert.Contains(fits, offered);
        Assert.DoesNotContain(doesNotFit, offered);
        Assert.Contains("EFA-SW-51T", offered);
    }

    [SkippableFact]
    public async Task AFirstVisitStartsFromTheFirstRackThatCanBeOrdered()
    {
        var (client, _) = await SignedInAsync();
        using var __ = client;

        var page = await client.GetAsync("/Customer/Configurator");

        Assert.Equal("TRN2-RACK-48U", page.Document.QuerySelector("select[name=RackSku] option[selected]")?.GetAttribute("value"));
        Assert.Empty(page.Text("[data-problem-for='RackSku']"));
    }

    [SkippableFact]
    public async Task HundredsOfRowsAndHugeRackCountsAreHandledCalmly()
    {
        var (client, token) = await SignedInAsync();
        using var _ = client;
        var rows = Enumerable.Range(0, 300).Select(i => ($"SKU-{i}", "1")).ToArray();
        var form = Form(token, rows);
        form["RackCount"] = "2147483647";

        var page = await client.PostAsync("/Customer/Configurator/Evaluate", form);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("at most 32", Problem(page, "RackCount"));
        Assert.Equal(20, page.Document.QuerySelectorAll("[data-field-problem$='.Sku']").Length);
    }

    [SkippableFact]
    public async Task AHugeQuantityGetsItsLimitAndNoFigureIsWorkedOutFromIt()
    {
        var (client, token) = await SignedInAsync();
        using var _ = client;
        var components = Form(token, ("TRN2-SRV-16", "2147483647"), ("EFA-SW-25T", "1"));
        components["RackSku"] = "TRN2-RACK-48U";
        var racks = Form(token, ("TRN3-SLED-8", "8"), ("EFA-SW-51T", "1"));
        racks["RackCount"] = "2147483647";

        var hugeComponent = await client.PostAsync("/Customer/Configurator/Evaluate", components);
        var hugeRackCount = await client.PostAsync("/Customer/Configurator/Evaluate", racks);

        Assert.Equal(HttpStatusCode.OK, hugeComponent.Status);
        Assert.Contains("Put between 1 and 48", Problem(hugeComponent, "Components[0].Quantity"));
        Assert.Empty(Problem(hugeComponent, "Components"));
        Assert.Equal(HttpStatusCode.OK, hugeRackCount.Status);
        Assert.Contains("at most 32", Problem(hugeRackCount, "RackCount"));
        Assert.Empty(Problem(hugeRackCount, "Components"));
        Assert.DoesNotContain("Estimated total", hugeRackCount.Body);
        Assert.DoesNotContain("-", hugeRackCount.Text("main ul.list-unstyled li"));
    }
}

public sealed class ConfiguratorOnSqlite(SqlitePortal portal) : ConfiguratorTests(portal), IClassFixture<SqlitePortal>;

public sealed class ConfiguratorOnPostgreSql(PostgresPortal portal) : ConfiguratorTests(portal), IClassFixture<PostgresPortal>;
