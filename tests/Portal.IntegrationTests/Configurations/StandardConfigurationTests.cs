using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Configurations;
using Portal.Infrastructure.Seeding;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Configurations;

/// <summary>
/// Admins keep standard configurations that keep the configurator's rules; customers start a configuration from an
/// active one on the configurator or the rack's page; a retired one is no longer offered and its link says so.
/// </summary>
public abstract class StandardConfigurationTests(PortalFixture portal)
{
    private const string Admin = "admin@northwind.example";
    private const string Buyer = "buyer@helios.example";
    private const string Starter = "Trainium2 air-cooled starter rack";

    private async Task<PortalClient> SignedInAsync(string email)
    {
        var client = portal.Factory.NewClient();
        await client.SignInAsync(email);
        return client;
    }

    private static Dictionary<string, string> Fields(string name, string rack, params (string Sku, string Quantity)[] components)
    {
        var fields = new Dictionary<string, string>
        {
            ["Form.Name"] = name, ["Form.Description"] = "A rack for the tests.", ["Form.RackSku"] = rack,
        };
        for (var i = 0; i < 3; i++)
        {
            fields[$"Form.Components[{i}].Sku"] = i < components.Length ? components[i].Sku : "";
            fields[$"Form.Components[{i}].Quantity"] = i < components.Length ? components[i].Quantity : "";
        }
        return fields;
    }

    private async Task<int> CreateAsync(PortalClient admin, string name)
    {
        var saved = await admin.SubmitAsync("/Admin/StandardConfigurations/Create",
            Fields(name, "TRN2-RACK-48U", ("TRN2-SRV-16", "2"), ("EFA-SW-25T", "1")));
        Assert.True(saved.Status == HttpStatusCode.Redirect, saved.Text("[data-valmsg-for], [role=alert]"));
        return await IdOfAsync(name);
    }

    private Task<int> IdOfAsync(string name) =>
        portal.Factory.QueryAsync(db => db.StandardConfigurations.Where(c => c.Name == name).Select(c => c.Id).SingleAsync());

    private Task<List<string>> AuditAsync(int id) =>
        portal.Factory.QueryAsync(db => db.AuditEvents
            .Where(e => e.EntityType == "StandardConfiguration" && e.EntityId == id.ToString(CultureInfo.InvariantCulture))
            .OrderBy(e => e.Id).Select(e => e.Action + ": " + e.FromState + " -> " + e.ToState + " by " + e.Actor).ToListAsync());

    private Task<int> CountAsync() => portal.Factory.QueryAsync(db => db.StandardConfigurations.CountAsync());

    [SkippableFact]
    public async Task AnAdminCreatesOneThatIsListedOfferedAndAudited()
    {
        using var admin = await SignedInAsync(Admin);

        var id = await CreateAsync(admin, "Two Trainium2 servers");

        var list = await admin.GetAsync("/Admin/StandardConfigurations");
        Assert.Contains("Two Trainium2 servers", list.Text("main table"));
        Assert.Contains("2 × Trainium2", list.Text("main table"));
        var saved = await portal.Factory.QueryAsync(db => db.StandardConfigurations.Include(c => c.Rack).Include(c => c.Components).ThenInclude(c => c.Product)
            .SingleAsync(c => c.Id == id));
        Assert.Equal("TRN2-RACK-48U", saved.Rack!.Sku);
        Assert.Equal([("TRN2-SRV-16", 2), ("EFA-SW-25T", 1)], saved.Components.Select(c => (c.Product!.Sku, c.Quantity)));
        Assert.Equal(["StandardConfigurationCreated:  -> Two Trainium2 servers: TRN2-RACK-48U + 2 × TRN2-SRV-16, 1 × EFA-SW-25T by Avery Admin"], await AuditAsync(id));
        using var buyer = await SignedInAsync(Buyer);
        Assert.Contains("Two Trainium2 servers", (await buyer.GetAsync("/Customer/Configurator")).Text("#standards-heading + ul"));
        Assert.Contains("Two Trainium2 servers", (await buyer.GetAsync("/catalog/TRN2-RACK-48U")).Body);
        Assert.DoesNotContain("Two Trainium2 servers", (await buyer.GetAsync("/catalog/TRN3-RACK-48U")).Body);
    }

    [SkippableFact]
    public async Task AnAdminChangesOneAndTheChangeIsAudited()
    {
        using var admin = await SignedInAsync(Admin);
        var id = await CreateAsync(admin, "Before the change");

        var saved = await admin.SubmitAsync($"/Admin/StandardConfigurations/Edit/{id}",
            Fields("After the change", "TRN2-RACK-48U", ("TRN2-SRV-16", "3"), ("EFA-SW-51T", "1")));

        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        var form = await admin.GetAsync($"/Admin/StandardConfigurations/Edit/{id}");
        Assert.Equal("After the change", form.Document.QuerySelector("input[name='Form.Name']")?.GetAttribute("value"));
        Assert.Equal("EFA-SW-51T", form.Document.QuerySelector("select[name='Form.Components[1].Sku'] option[selected]")?.GetAttribute("value"));
        Assert.Equal("StandardConfigurationChanged: Before the change: TRN2-RACK-48U + 2 × TRN2-SRV-16, 1 × EFA-SW-25T"
            + " -> After the change: TRN2-RACK-48U + 3 × TRN2-SRV-16, 1 × EFA-SW-51T by Avery Admin", (await AuditAsync(id))[^1]);
    }

    [SkippableTheory]
    [InlineData("TRN2-SRV-16", "TRN2-SRV-16", "1", "Form.RackSku", "is not a base rack.")]
    [InlineData("TRN2-RACK-48U", "TRN3-SLED-8", "1", "Form.Components[0].Sku", "does not fit a Trn2 rack")]
    [InlineData("TRN2-RACK-48U", "TRN2-SRV-16", "49", "Form.Components[0].Quantity", "Put between 1 and 48")]
    [InlineData("TRN2-RACK-48U", "TRN2-SRV-16", "0", "Form.Components[0].Quantity", "Put between 1 and 48")]
    [InlineData("TRN2-RACK-48U", "NO-SUCH-SKU", "1", "Form.Components[0].Sku", "There is no product NO-SUCH-SKU")]
    [InlineData("", "TRN2-SRV-16", "1", "Form.RackSku", "Choose the rack it is built on.")]
    public async Task ARackOrComponentThatBreaksTheConfiguratorsRulesGetsAFieldMessageAndSavesNothing(
        string rack, string component, string quantity, string field, string message)
    {
        using var admin = await SignedInAsync(Admin);
        var before = await CountAsync();

        var page = await admin.SubmitAsync("/Admin/StandardConfigurations/Create",
            Fields("Refused", rack, (component, quantity), ("EFA-SW-25T", "1")));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(message, page.FieldMessage(field));
        Assert.Equal(before, await CountAsync());
    }

    [SkippableFact]
    public async Task ANamelessOneWithoutASwitchGetsFieldMessages()
    {
        using var admin = await SignedInAsync(Admin);
        var before = await CountAsync();

        var page = await admin.SubmitAsync("/Admin/StandardConfigurations/Create", Fields("", "TRN2-RACK-48U", ("TRN2-SRV-16", "1")));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Name is required.", page.FieldMessage("Form.Name"));
        Assert.Contains("network switch", page.FieldMessage("Form.Components"));
        Assert.Equal(before, await CountAsync());
    }

    [SkippableTheory]
    [InlineData(Buyer)]
    [InlineData("sales@northwind.example")]
    public async Task OnlyAdminsReachTheAdminPages(string email)
    {
        using var client = await SignedInAsync(email);
        var id = await IdOfAsync(Starter);
        var token = await client.AntiforgeryTokenAsync("/catalog");
        var before = await CountAsync();

        var list = await client.GetAsync("/Admin/StandardConfigurations");
        var created = await client.PostAsync("/Admin/StandardConfigurations/Create",
            new Dictionary<string, string>(Fields("Sneaked in", "TRN2-RACK-48U", ("TRN2-SRV-16", "1"), ("EFA-SW-25T", "1"))) { ["__RequestVerificationToken"] = token });
        var retired = await client.PostAsync($"/Admin/StandardConfigurations/Retire/{id}", new Dictionary<string, string> { ["__RequestVerificationToken"] = token });

        foreach (var answer in new[] { list, created, retired })
        {
            Assert.True(answer.Status == HttpStatusCode.Forbidden || answer.Location?.Contains("/Account/AccessDenied", StringComparison.Ordinal) == true,
                $"{answer.Url} answered {(int)answer.Status} {answer.Location}");
        }
        Assert.Equal(before, await CountAsync());
        Assert.False(await portal.Factory.QueryAsync(db => db.StandardConfigurations.Where(c => c.Id == id).Select(c => c.Retired).SingleAsync()));
    }

    [SkippableFact]
    public async Task StartingFromOneFillsTheConfiguratorAndStartsAQuoteRequestWithIt()
    {
        using var buyer = await SignedInAsync(Buyer);
        var configurator = await buyer.GetAsync("/Customer/Configurator");
        var start = configurator.Document.QuerySelectorAll("main li").Single(li => li.TextContent.Contains(Starter, StringComparison.Ordinal))
            .QuerySelector("a")!;
        Assert.Equal("Start from this", start.TextContent.Trim());

        var filled = await buyer.GetAsync(start.GetAttribute("href")!);

        Assert.Equal(HttpStatusCode.OK, filled.Status);
        Assert.Contains($"Filled in from the standard configuration {Starter}", filled.Text("main [role=status]"));
        Assert.Equal("TRN2-RACK-48U", filled.Document.QuerySelector("select[name=RackSku] option[selected]")?.GetAttribute("value"));
        var rows = Enumerable.Range(0, 4).Select(i => (
            filled.Document.QuerySelector($"select[name='Components[{i}].Sku'] option[selected]")?.GetAttribute("value"),
            filled.Document.QuerySelector($"input[name='Components[{i}].Quantity']")?.GetAttribute("value"))).ToList();
        Assert.Equal([("TRN2-SRV-16", "3"), ("EFA-SW-25T", "1"), ("MGMT-SW-1G", "1"), ("STOR-NVME-2U", "1")], rows);

        var added = await buyer.SubmitAsync(filled, new Dictionary<string, string>(), "/Customer/Configurator/AddToQuote");

        Assert.Equal(HttpStatusCode.Redirect, added.Status);
        var quoteId = int.Parse(added.Location!.Split('/')[^1], CultureInfo.InvariantCulture);
        var rack = await portal.Factory.QueryAsync(db => db.Quotes.Where(q => q.Id == quoteId).SelectMany(q => q.Racks)
            .Include(r => r.Rack).Include(r => r.Components).ThenInclude(c => c.Product).SingleAsync());
        Assert.Equal("TRN2-RACK-48U", rack.Rack!.Sku);
        Assert.Equal([("TRN2-SRV-16", 3), ("EFA-SW-25T", 1), ("MGMT-SW-1G", 1), ("STOR-NVME-2U", 1)],
            rack.Components.Select(c => (c.Product!.Sku, c.Quantity)));
    }

    [SkippableFact]
    public async Task TheRacksPageLeadsToTheConfiguratorFilledInWithIt()
    {
        using var buyer = await SignedInAsync(Buyer);
        var product = await buyer.GetAsync("/catalog/TRN3-RACK-48U");
        var link = product.Document.QuerySelectorAll("main a[href*='standard=']")
            .Single(a => a.GetAttribute("aria-label") == "Start from this: Trainium3 UltraServer, 18 sleds, CDU, scale-out switch");

        var filled = await buyer.GetAsync(link.GetAttribute("href")!);

        Assert.Equal(HttpStatusCode.OK, filled.Status);
        Assert.Equal("TRN3-RACK-48U", filled.Document.QuerySelector("select[name=RackSku] option[selected]")?.GetAttribute("value"));
        Assert.Equal("18", filled.Document.QuerySelector("input[name='Components[0].Quantity']")?.GetAttribute("value"));
        Assert.DoesNotContain("Trainium2 air-cooled", product.Text("main a[href*='standard=']"));
    }

    [SkippableFact]
    public async Task ARetiredOneIsNoLongerOfferedAndItsLinkSaysSo()
    {
        using var admin = await SignedInAsync(Admin);
        var id = await CreateAsync(admin, "Soon retired");
        using var buyer = await SignedInAsync(Buyer);
        Assert.Contains("Soon retired", (await buyer.GetAsync("/catalog/TRN2-RACK-48U")).Body);

        var retired = await admin.SubmitAsync($"/Admin/StandardConfigurations/Edit/{id}", new Dictionary<string, string>(),
            $"/Admin/StandardConfigurations/Retire/{id}");

        Assert.Equal(HttpStatusCode.Redirect, retired.Status);
        Assert.Equal("StandardConfigurationRetired: Active -> Retired by Avery Admin", (await AuditAsync(id))[^1]);
        Assert.Contains("Retired", (await admin.GetAsync("/Admin/StandardConfigurations")).Text("main table"));
        Assert.DoesNotContain("Soon retired", (await buyer.GetAsync("/Customer/Configurator")).Body);
        Assert.DoesNotContain("Soon retired", (await buyer.GetAsync("/catalog/TRN2-RACK-48U")).Body);
        var link = await buyer.GetAsync($"/Customer/Configurator?standard={id}");
        Assert.Equal(HttpStatusCode.Conflict, link.Status);
        Assert.Contains("The standard configuration \"Soon retired\" is no longer offered.", link.Text("main"));
    }

    [SkippableFact]
    public async Task ARetiredOneCannotBeChangedOrRetiredAgain()
    {
        using var admin = await SignedInAsync(Admin);
        var id = await CreateAsync(admin, "Retired and kept");
        var token = await admin.AntiforgeryTokenAsync($"/Admin/StandardConfigurations/Edit/{id}");
        await admin.PostAsync($"/Admin/StandardConfigurations/Retire/{id}", new Dictionary<string, string> { ["__RequestVerificationToken"] = token });

        var again = await admin.PostAsync($"/Admin/StandardConfigurations/Retire/{id}", new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        var list = await admin.GetAsync(again.Location!);
        var changed = await admin.PostAsync($"/Admin/StandardConfigurations/Edit/{id}",
            new Dictionary<string, string>(Fields("Changed after all", "TRN2-RACK-48U", ("TRN2-SRV-16", "1"), ("EFA-SW-25T", "1"))) { ["__RequestVerificationToken"] = token });

        Assert.Equal(HttpStatusCode.Redirect, again.Status);
        Assert.Contains("is retired and can no longer be changed", list.Body);
        Assert.Equal(HttpStatusCode.Conflict, changed.Status);
        Assert.Contains("is retired and can no longer be changed", changed.Text("main"));
        Assert.Equal("Retired and kept", await portal.Factory.QueryAsync(db => db.StandardConfigurations.Where(c => c.Id == id).Select(c => c.Name).SingleAsync()));
    }

    [SkippableFact]
    public async Task AnUnknownOneIsNotFound()
    {
        using var admin = await SignedInAsync(Admin);
        using var buyer = await SignedInAsync(Buyer);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/Admin/StandardConfigurations/Edit/987654")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await buyer.GetAsync("/Customer/Configurator?standard=987654")).Status);
    }

    [SkippableFact]
    public async Task TheDemoVendorOffersThreeOfItsRacks()
    {
        var names = DemoStandardConfigurations.Offered.Select(c => c.Name).ToList();

        var offered = (await portal.Factory.QueryAsync(db => db.StandardConfigurations.Offered().ToListAsync())).Where(o => names.Contains(o.Name)).ToList();

        Assert.Equal(["TRN2-RACK-48U", "TRN3-RACK-48U", "TRN3-RACK-48U"], offered.Select(o => o.RackSku).Order());
    }
}

public sealed class StandardConfigurationsOnSqlite(SqlitePortal portal) : StandardConfigurationTests(portal), IClassFixture<SqlitePortal>;

public sealed class StandardConfigurationsOnPostgreSql(PostgresPortal portal) : StandardConfigurationTests(portal), IClassFixture<PostgresPortal>;
