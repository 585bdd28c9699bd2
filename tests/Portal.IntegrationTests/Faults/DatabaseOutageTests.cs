using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Faults;

/// <summary>
/// The database stops under a signed-in customer and starts again: meanwhile every page is a friendly 503 that says to
/// try again, the health check says unhealthy, a form sent in that time saves nothing, and the portal serves again by
/// itself once the database is back, without a restart.
/// </summary>
public sealed class DatabaseOutageTests
{
    private static readonly Dictionary<string, string> Site = new()
    {
        ["Name"] = "Tromsø hall", ["City"] = "Tromsø", ["CountryCode"] = "NO", ["PowerAvailableKw"] = "800", ["Cooling"] = "Air",
    };

    [SkippableFact]
    public async Task WhileTheDatabaseIsDownPagesAreAFriendly503AndThePortalRecoversByItselfWhenItIsBack()
    {
        using var server = new OwnPostgresServer();
        using var portal = new PortalFactory(new PostgresTestDatabase(server.Server));
        using var customer = await portal.SignedInAsync("buyer@fjord.example");
        using var probe = portal.NewClient();
        var form = await customer.GetAsync("/Customer/Sites/Create");
        Assert.Equal(HttpStatusCode.OK, (await probe.GetAsync("/healthz")).Status);

        server.Stop();
        var page = await customer.GetAsync("/Customer/Quotes");
        var response = await customer.Http.GetAsync("/Customer/Sites");
        var saved = await customer.SubmitAsync(form, Site);
        var health = await probe.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.Status);
        Assert.Contains("The portal is briefly unavailable", page.Text("main"));
        Assert.Contains("try again in a minute", page.Text("main"));
        Assert.DoesNotContain("Npgsql", page.Body);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(30), response.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, saved.Status);
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"), (health.Status, health.Body));

        server.Start();
        var back = await FirstAnswerAsync(customer, "/Customer/Quotes", TimeSpan.FromSeconds(30));
        // Every pooled connection the stop broke is gone: a burst of requests over many connections all succeeds.
        var afterwards = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => i % 2 == 0 ? probe.Http.GetAsync("/healthz") : customer.Http.GetAsync("/Customer/Sites")));

        Assert.Equal(HttpStatusCode.OK, back.Status);
        Assert.Contains("Quote requests", back.Text("main h1"));
        Assert.All(afterwards, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Equal(0, await portal.QueryAsync(db => db.Sites.CountAsync(s => s.Name == "Tromsø hall")));
        var resent = await customer.SubmitAsync("/Customer/Sites/Create", Site);
        Assert.Equal(HttpStatusCode.Redirect, resent.Status);
        Assert.Equal(1, await portal.QueryAsync(db => db.Sites.CountAsync(s => s.Name == "Tromsø hall")));
    }

    /// <summary>The page once the portal answers it with anything but 503, asking every tenth of a second.</summary>
    private static async Task<PortalClient.Page> FirstAnswerAsync(PortalClient client, string url, TimeSpan patience)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var page = await client.GetAsync(url);
            if (page.Status != HttpStatusCode.ServiceUnavailable || clock.Elapsed > patience)
            {
                return page;
            }
            await Task.Delay(100);
        }
    }
}
