using Microsoft.AspNetCore.Mvc.Testing;
using Portal.IntegrationTests.Support;
using Portal.Web.Caching;

namespace Portal.IntegrationTests.Production;

/// <summary>What every response carries, or does not, in Production.</summary>
public sealed class ResponseDefaultsTests(SqliteProductionPortal portal) : IClassFixture<SqliteProductionPortal>
{
    [Fact]
    public async Task OverHttpsTheAntiforgeryCookieIsSecure()
    {
        using var http = portal.Factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

        var response = await http.GetAsync("/Account/Login");

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith($"{UserPagePolicy.AntiforgeryCookie}=", StringComparison.Ordinal));
        Assert.Contains("; secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ThePolicyAllowsNoPluginObjects()
    {
        using var client = portal.Factory.NewClient();

        var response = await client.Http.GetAsync("/");

        Assert.Contains("object-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task TheServerDoesNotNameItself()
    {
        using var listening = new PortalFactory(new SqliteTestDatabase(), InProduction.Settings());
        using var http = new HttpClient { BaseAddress = listening.Listen() };

        var response = await http.GetAsync("/ping");

        response.EnsureSuccessStatusCode();
        Assert.False(response.Headers.Contains("Server"), $"Server: {string.Join(", ", response.Headers.TryGetValues("Server", out var v) ? v : [])}");
    }
}
