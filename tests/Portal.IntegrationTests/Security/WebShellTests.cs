using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Security;

public abstract class WebShellTests(PortalFixture portal)
{
    [SkippableFact]
    public async Task HealthzChecksTheDatabase()
    {
        using var client = portal.Factory.NewClient();

        var response = await client.Http.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task PagesCarrySecurityHeadersAndCookiesAreHttpOnly()
    {
        using var client = portal.Factory.NewClient();

        var response = await client.Http.GetAsync("/Account/Login");
        var signIn = await client.SubmitAsync("/Account/Login", new Dictionary<string, string> { ["Email"] = "buyer@helios.example", ["Password"] = PortalFactory.DemoPassword });

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.All(cookies, c => Assert.Contains("httponly", c, StringComparison.OrdinalIgnoreCase));
        Assert.All(cookies, c => Assert.Contains("samesite", c, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.Redirect, signIn.Status);
    }

    [SkippableFact]
    public async Task AnUnknownPageIsAFriendly404WithARequestIdAndNoStackTrace()
    {
        using var client = portal.Factory.NewClient();

        var page = await client.GetAsync("/no/such/page");
        var file = await client.GetAsync("/no/such/picture.png");
        var post = await client.PostAsync("/no/such/form", new Dictionary<string, string> { ["x"] = "y" });

        Assert.Equal(HttpStatusCode.NotFound, file.Status);
        Assert.Equal(HttpStatusCode.NotFound, post.Status);
        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains("We could not find that page", page.Body);
        Assert.Contains("Request id", page.Body);
        Assert.DoesNotContain(" at Portal.", page.Body);
    }

    [SkippableFact]
    public async Task AFormTheServerCannotReadIsAFriendly400NotA500()
    {
        using var client = portal.Factory.NewClient();
        var token = await client.AntiforgeryTokenAsync("/Account/Login");

        var page = await client.PostAsync("/Account/Login", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Email"] = "buyer\0@helios.example", ["Password"] = "x",
        });

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains("The request could not be handled", page.Text("h1"));
    }

    [SkippableFact]
    public async Task TheStylesAndScriptsArriveWithContent()
    {
        using var client = portal.Factory.NewClient();
        var home = await client.GetAsync("/");

        foreach (var asset in home.Document.QuerySelectorAll("link[rel=stylesheet], script[src]"))
        {
            var url = asset.GetAttribute("href") ?? asset.GetAttribute("src")!;
            var response = await client.Http.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 100, $"{url} arrived empty.");
        }
    }

    [SkippableFact]
    public async Task DataProtectionKeysAreKeptInTheDatabase()
    {
        using var client = portal.Factory.NewClient();
        await client.SignInAsync("buyer@helios.example");

        Assert.True(await portal.Factory.QueryAsync(db => db.DataProtectionKeys.AnyAsync()));
    }

    [SkippableFact]
    public async Task EachRoleSeesItsOwnNavigation()
    {
        using var customer = portal.Factory.NewClient();
        await customer.SignInAsync("buyer@helios.example");
        using var admin = portal.Factory.NewClient();
        await admin.SignInAsync("admin@northwind.example");
        using var sales = portal.Factory.NewClient();
        await sales.SignInAsync("sales@northwind.example");

        var customerNav = (await customer.GetAsync("/Customer")).Text("nav[aria-label=Main] a");
        var salesNav = (await sales.GetAsync("/Staff")).Text("nav[aria-label=Main] a");
        var adminNav = (await admin.GetAsync("/Staff")).Text("nav[aria-label=Main] a");

        Assert.Contains("Sites", customerNav);
        Assert.DoesNotContain("Organizations", customerNav);
        Assert.Contains("Organizations", salesNav);
        Assert.DoesNotContain("Audit log", salesNav);
        Assert.Contains("Audit log", adminNav);
        Assert.Contains("Outbox", adminNav);
    }
}

public sealed class WebShellOnSqlite(SqlitePortal portal) : WebShellTests(portal), IClassFixture<SqlitePortal>;

public sealed class WebShellOnPostgreSql(PostgresPortal portal) : WebShellTests(portal), IClassFixture<PostgresPortal>;
