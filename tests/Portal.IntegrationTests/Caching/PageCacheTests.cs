using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Accounts;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Caching;

/// <summary>Customer pages come from the output cache, yet every change shows at once and nobody sees another's page.</summary>
public abstract class PageCacheTests(PortalFixture portal)
{
    private static Dictionary<string, string> Site(string name) => new()
    {
        ["Name"] = name, ["City"] = "Reno", ["CountryCode"] = "US", ["PowerAvailableKw"] = "900", ["Cooling"] = "Air",
    };

    private static string SignOutButtonOwner(PortalClient.Page page) => page.Text("nav .navbar-text");

    [SkippableFact]
    public async Task ASiteSavedBySomeoneElseInTheOrganizationShowsAtOnce()
    {
        using var reader = portal.Factory.NewClient();
        await reader.SignInAsync("buyer@fjord.example");
        await reader.GetAsync("/Customer/Sites");
        var cached = await reader.GetAsync("/Customer/Sites");
        var name = $"Bergen {Guid.NewGuid():N}"[..14];

        await portal.Factory.QueryAsync(async db =>
        {
            var fjord = await db.Organizations.Include(o => o.Sites).SingleAsync(o => o.Name == "Fjord Compute AS");
            fjord.AddSite(name, "Bergen", "NO", 500, Domain.Organizations.CoolingType.Air);
            return await db.SaveChangesAsync();
        });
        var after = await reader.GetAsync("/Customer/Sites");

        Assert.DoesNotContain(name, cached.Body);
        Assert.Contains(name, after.Body);
    }

    [SkippableFact]
    public async Task AQuoteSavedForTheOrganizationShowsInMyQuotesAtOnce()
    {
        using var reader = portal.Factory.NewClient();
        await reader.SignInAsync("buyer@fjord.example");
        await reader.GetAsync("/Customer/Quotes");
        var before = (await reader.GetAsync("/Customer/Quotes")).Document.QuerySelectorAll("tbody tr").Length;

        await portal.Factory.QueryAsync(async db =>
        {
            var buyer = await db.Users.SingleAsync(u => u.Email == "buyer@fjord.example");
            db.Quotes.Add(new Domain.Quotes.Quote(buyer.OrganizationId!.Value, buyer.Id, DateTime.UtcNow));
            return await db.SaveChangesAsync();
        });

        Assert.Equal(before + 1, (await reader.GetAsync("/Customer/Quotes")).Document.QuerySelectorAll("tbody tr").Length);
    }

    [SkippableFact]
    public async Task TwoPeopleOfOneOrganizationEachGetTheirOwnPage()
    {
        var colleague = $"second-{Guid.NewGuid():N}@helios.example";
        using (var scope = portal.Factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
            var helios = users.Users.First(u => u.Email == "buyer@helios.example").OrganizationId;
            var user = new PortalUser { UserName = colleague, Email = colleague, EmailConfirmed = true, FullName = "Second Helios Buyer", OrganizationId = helios };
            Assert.True((await users.CreateAsync(user, PortalFactory.DemoPassword)).Succeeded);
            await users.AddToRoleAsync(user, "Customer");
        }
        using var first = portal.Factory.NewClient();
        await first.SignInAsync("buyer@helios.example");
        using var second = portal.Factory.NewClient();
        await second.SignInAsync(colleague);

        await first.GetAsync("/Customer/Sites");
        var firstAgain = await first.GetAsync("/Customer/Sites");
        var secondPage = await second.GetAsync("/Customer/Sites");

        Assert.Equal("Harper Quinn", SignOutButtonOwner(firstAgain));
        Assert.Equal("Second Helios Buyer", SignOutButtonOwner(secondPage));
    }

    [SkippableFact]
    public async Task TheFormsOfACachedPageStillWork()
    {
        using var client = portal.Factory.NewClient();
        await client.SignInAsync("buyer@fjord.example");
        var name = $"Cached {Guid.NewGuid():N}"[..14];
        await client.SubmitAsync("/Customer/Sites/Create", Site(name));
        var id = await portal.Factory.QueryAsync(db => db.Sites.Where(s => s.Name == name).Select(s => s.Id).SingleAsync());
        await client.GetAsync("/Customer/Sites");
        await client.GetAsync("/Customer/Sites");

        var removed = await client.SubmitAsync("/Customer/Sites", new Dictionary<string, string>(), $"/Customer/Sites/Delete/{id}");

        Assert.Equal(HttpStatusCode.Redirect, removed.Status);
        Assert.DoesNotContain(name, (await client.GetAsync("/Customer/Sites")).Body);
    }

    [SkippableFact]
    public async Task AnApprovalShowsOnTheCustomersDashboardAtOnce()
    {
        var email = $"dash-{Guid.NewGuid():N}@pending.example";
        using var customer = portal.Factory.NewClient();
        var company = $"Dash Co {Guid.NewGuid():N}"[..16];
        await customer.SubmitAsync("/Account/Register", new Dictionary<string, string>
        {
            ["CompanyName"] = company, ["CountryCode"] = "SE", ["FullName"] = "Dag Dash", ["Email"] = email, ["Password"] = "Correct-horse-42",
            ["Street"] = "Drottninggatan 1", ["PostalCode"] = "111 51", ["City"] = "Stockholm", ["TaxId"] = "SE123456789001",
        });
        await customer.GetAsync(Outbox.LinkIn(Outbox.LatestTo(portal.Factory, email)));
        await customer.SignInAsync(email, "Correct-horse-42");
        await customer.GetAsync("/Customer");
        Assert.Contains("awaiting approval", (await customer.GetAsync("/Customer")).Body);
        var id = await portal.Factory.QueryAsync(db => db.Organizations.Where(o => o.Name == company).Select(o => o.Id).SingleAsync());

        using var admin = portal.Factory.NewClient();
        await admin.SignInAsync("admin@northwind.example");
        await admin.SubmitAsync($"/Staff/Organizations/Details/{id}", new Dictionary<string, string>(), $"/Staff/Organizations/Approve/{id}");

        Assert.DoesNotContain("awaiting approval", (await customer.GetAsync("/Customer")).Body);
    }
}

public sealed class PageCacheOnSqlite(SqlitePortal portal) : PageCacheTests(portal), IClassFixture<SqlitePortal>;

public sealed class PageCacheOnPostgreSql(PostgresPortal portal) : PageCacheTests(portal), IClassFixture<PostgresPortal>;
