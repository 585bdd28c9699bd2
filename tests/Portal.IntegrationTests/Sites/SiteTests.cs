using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Organizations;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Sites;

public abstract class SiteTests(PortalFixture portal)
{
    private static Dictionary<string, string> Site(string name, string power = "2500", string country = "US", string cooling = "Liquid") => new()
    {
        ["Name"] = name, ["City"] = "Reno", ["CountryCode"] = country, ["PowerAvailableKw"] = power, ["Cooling"] = cooling,
    };

    private Task<int> SiteIdOfAsync(string organization) =>
        portal.Factory.QueryAsync(db => db.Sites.Where(s => s.Organization!.Name == organization).Select(s => s.Id).FirstAsync());

    [SkippableFact]
    public async Task ACustomerAddsAndEditsASite()
    {
        using var client = portal.Factory.NewClient();
        await client.SignInAsync("buyer@helios.example");
        var name = $"Reno {Guid.NewGuid():N}"[..12];

        var added = await client.SubmitAsync("/Customer/Sites/Create", Site(name));
        Assert.Equal("/Customer/Sites", added.Location);
        var id = await portal.Factory.QueryAsync(db => db.Sites.Where(s => s.Name == name).Select(s => s.Id).SingleAsync());
        await client.SubmitAsync($"/Customer/Sites/Edit/{id}", new Dictionary<string, string> { ["PowerAvailableKw"] = "3000", ["Cooling"] = "Air" });

        var site = await portal.Factory.QueryAsync(db => db.Sites.SingleAsync(s => s.Id == id));
        Assert.Equal(3000, site.PowerAvailableKw);
        Assert.Equal(CoolingType.Air, site.Cooling);
        var list = await client.GetAsync("/Customer/Sites");
        Assert.Contains(name, list.Body);
    }

    [SkippableFact]
    public async Task TheEditFormOffersEveryCountryByNameWithTheSitesOwnSelected()
    {
        using var client = portal.Factory.NewClient();
        await client.SignInAsync("buyer@helios.example");
        var name = $"Oslo {Guid.NewGuid():N}"[..12];
        await client.SubmitAsync("/Customer/Sites/Create", Site(name, country: "NO"));
        var id = await portal.Factory.QueryAsync(db => db.Sites.Where(s => s.Name == name).Select(s => s.Id).SingleAsync());

        var options = (await client.GetAsync($"/Customer/Sites/Edit/{id}")).Document.QuerySelectorAll("select[name=CountryCode] option");

        Assert.Equal(("", "Choose a country…"), (options[0].GetAttribute("value"), options[0].TextContent));
        Assert.Equal(Countries.ByName.Select(c => (c.Key, c.Value)), options.Skip(1).Select(o => (o.GetAttribute("value")!, o.TextContent)));
        Assert.Equal(["NO"], options.Where(o => o.HasAttribute("selected")).Select(o => o.GetAttribute("value")));
    }

    public static TheoryData<string, string, string, string> BadSites => new()
    {
        { "PowerAvailableKw", "0", "PowerAvailableKw", "between 1 and" },
        { "PowerAvailableKw", "-5", "PowerAvailableKw", "between 1 and" },
        { "PowerAvailableKw", "99999999999", "PowerAvailableKw", "Power available (kW) cannot be “99999999999”: check what you typed." },
        { "PowerAvailableKw", "lots", "PowerAvailableKw", "Power available (kW) cannot be “lots”: check what you typed." },
        { "CountryCode", "XX", "CountryCode", "Choose a country" },
        { "Name", "", "Name", "Site name is required." },
        { "Name", "<img src=x>", "Name", "cannot contain < or >" },
        { "City", new string('c', 50_000), "City", "City can have at most 100 characters" },
        { "Cooling", "Nitrogen", "Cooling", "cannot be “Nitrogen”: check what you typed." },
    };

    [SkippableTheory]
    [MemberData(nameof(BadSites))]
    public async Task ABadSiteShowsAFieldMessageAndStoresNothing(string field, string value, string messageField, string message)
    {
        using var client = portal.Factory.NewClient();
        await client.SignInAsync("buyer@helios.example");
        var sites = await portal.Factory.QueryAsync(db => db.Sites.CountAsync());
        var values = Site($"Bad {Guid.NewGuid():N}"[..12]);
        values[field] = value;

        var page = await client.SubmitAsync("/Customer/Sites/Create", values);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(message, page.FieldMessage(messageField), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(sites, await portal.Factory.QueryAsync(db => db.Sites.CountAsync()));
    }

    [SkippableFact]
    public async Task AnotherOrganizationsSiteIsNotFoundForReadingEditingOrRemoving()
    {
        var heliosSite = await SiteIdOfAsync("Helios AI Labs");
        using var fjord = portal.Factory.NewClient();
        await fjord.SignInAsync("buyer@fjord.example");
        var token = await fjord.AntiforgeryTokenAsync("/Customer/Sites");

        var edit = await fjord.GetAsync($"/Customer/Sites/Edit/{heliosSite}");
        var save = await fjord.PostAsync("/Customer/Sites/Save", new Dictionary<string, string>(Site("Hijacked")) { ["Id"] = heliosSite.ToString(), ["__RequestVerificationToken"] = token });
        var remove = await fjord.PostAsync($"/Customer/Sites/Delete/{heliosSite}", new Dictionary<string, string> { ["__RequestVerificationToken"] = token });

        Assert.Equal(HttpStatusCode.NotFound, edit.Status);
        Assert.Equal(HttpStatusCode.NotFound, save.Status);
        Assert.Equal(HttpStatusCode.NotFound, remove.Status);
        var site = await portal.Factory.QueryAsync(db => db.Sites.SingleAsync(s => s.Id == heliosSite));
        Assert.NotEqual("Hijacked", site.Name);
        Assert.DoesNotContain(site.Name, (await fjord.GetAsync("/Customer/Sites")).Body);
    }

    [SkippableFact]
    public async Task ACustomerRemovesItsOwnSite()
    {
        using var client = portal.Factory.NewClient();
        await client.SignInAsync("buyer@fjord.example");
        var name = $"Temp {Guid.NewGuid():N}"[..12];
        await client.SubmitAsync("/Customer/Sites/Create", Site(name, country: "NO", cooling: "Air"));
        var id = await portal.Factory.QueryAsync(db => db.Sites.Where(s => s.Name == name).Select(s => s.Id).SingleAsync());

        var removed = await client.SubmitAsync("/Customer/Sites", new Dictionary<string, string>(), $"/Customer/Sites/Delete/{id}");

        Assert.Equal("/Customer/Sites", removed.Location);
        Assert.False(await portal.Factory.QueryAsync(db => db.Sites.AnyAsync(s => s.Id == id)));
    }

    [SkippableFact]
    public async Task ASiteAQuoteDeliversToStaysWithAMessageNamingTheQuoteAndNothingIsRemoved()
    {
        using var client = portal.Factory.NewClient();
        await client.SignInAsync("buyer@fjord.example");
        var name = $"Used {Guid.NewGuid():N}"[..12];
        await client.SubmitAsync("/Customer/Sites/Create", Site(name, country: "NO", cooling: "Air"));
        var id = await portal.Factory.QueryAsync(db => db.Sites.Where(s => s.Name == name).Select(s => s.Id).SingleAsync());
        var quoteId = await new QuoteBuilder(portal.Factory, "Fjord Compute AS").AtSite(name).WithTrainium2Racks(1).SubmitAsync();
        var number = await portal.Factory.QueryAsync(db => db.Quotes.Where(q => q.Id == quoteId).Select(q => q.Number).SingleAsync());
        var audit = await portal.Factory.QueryAsync(db => db.AuditEvents.CountAsync());

        var removed = await client.SubmitAsync("/Customer/Sites", new Dictionary<string, string>(), $"/Customer/Sites/Delete/{id}");
        var sites = await client.GetAsync("/Customer/Sites");
        var quote = await client.GetAsync($"/Customer/Quotes/Details/{quoteId}");

        Assert.Equal("/Customer/Sites", removed.Location);
        Assert.Contains($"{name} stays: quote {number} delivers to it", sites.Text("[role=alert]"));
        Assert.Contains(name, sites.Text("table"));
        Assert.True(await portal.Factory.QueryAsync(db => db.Sites.AnyAsync(s => s.Id == id)));
        Assert.Equal(audit, await portal.Factory.QueryAsync(db => db.AuditEvents.CountAsync()));
        Assert.Contains($"For {name}", quote.Body);
    }

    [SkippableFact]
    public async Task APostWithoutTheAntiforgeryTokenIsRefused()
    {
        using var client = portal.Factory.NewClient();
        await client.SignInAsync("buyer@fjord.example");
        var sites = await portal.Factory.QueryAsync(db => db.Sites.CountAsync());

        var page = await client.PostAsync("/Customer/Sites/Save", Site("No token"));

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal(sites, await portal.Factory.QueryAsync(db => db.Sites.CountAsync()));
    }
}

public sealed class SitesOnSqlite(SqlitePortal portal) : SiteTests(portal), IClassFixture<SqlitePortal>;

public sealed class SitesOnPostgreSql(PostgresPortal portal) : SiteTests(portal), IClassFixture<PostgresPortal>;
