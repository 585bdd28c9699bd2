using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Webhooks;
using Portal.Domain.Webhooks;
using Portal.Infrastructure.Seeding;
using Portal.Infrastructure.Webhooks;
using Portal.StripeStandIn;
using static Portal.IntegrationTests.Webhooks.WebhookSteps;

namespace Portal.IntegrationTests.Webhooks;

/// <summary>
/// The demo stays on this machine: the demo company's endpoint is the demo ERP's receiver on the Stripe stand-in, which
/// the run starts; the event the demo left to be retried is delivered there for real, and the receiver verifies its
/// signature with the endpoint's secret and lists it.
/// </summary>
public abstract class DemoErpReceiverTests(DemoErpPortal portal)
{
    private string ReceiverUrl => DemoErpReceiver.UrlAt(portal.StandInUrl);

    [SkippableFact]
    public async Task TheRetriedDemoEventIsDeliveredToTheReceiverWhichVerifiesItsSignature()
    {
        var endpoint = await portal.Factory.QueryAsync(db => db.WebhookEndpoints.AsNoTracking().SingleAsync(e => e.Url == ReceiverUrl));
        var retried = await portal.Factory.QueryAsync(db => db.WebhookDeliveries.AsNoTracking()
            .SingleAsync(d => d.EndpointId == endpoint.Id && d.State == WebhookDeliveryState.Pending));

        portal.Clock.Advance(TimeSpan.FromMinutes(1));
        using (var scope = portal.Factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<WebhookSender>().RunAsync();
        }
        var delivered = await WhenAsync(portal.Factory, retried.Id, d => d.State == WebhookDeliveryState.Delivered);
        using var browser = new HttpClient();
        var forged = await browser.PostAsync(ReceiverUrl, new StringContent("{\"id\":\"evt_forged\"}"));
        var page = await browser.GetStringAsync(portal.StandInUrl + DemoErpReceiver.PagePath);

        Assert.Equal((WebhookDeliveryState.Delivered, 200, 2), (delivered.State, delivered.LastStatus, delivered.Attempts));
        Assert.Contains($"<td>{retried.EventId}</td>", page);
        Assert.Contains("signature verified", page);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("refused: signature does not verify", page);
        Assert.DoesNotContain("evt_forged", page);
    }

    [SkippableFact]
    public async Task NoNameOutsideTheMachineIsInTheDemoSeed()
    {
        var urls = await portal.Factory.QueryAsync(db => db.WebhookEndpoints.Select(e => e.Url).ToListAsync());

        Assert.Equal([ReceiverUrl], urls);
        Assert.All(urls.Append(new DemoOptions().ErpWebhookUrl), url => Assert.True(IPAddress.IsLoopback(IPAddress.Parse(new Uri(url).Host)), url));
    }

    [SkippableFact]
    public async Task TheReceiverIsTheOnlyLoopbackAddressAnEndpointMayHave()
    {
        var addresses = portal.Factory.Services.GetRequiredService<IWebhookAddresses>();

        var receiver = await addresses.CheckAsync(ReceiverUrl, CancellationToken.None);
        var elsewhere = await addresses.CheckAsync($"{portal.StandInUrl}/v1/refunds", CancellationToken.None);
        var portalItself = await addresses.CheckAsync("http://127.0.0.1:5080/payments/webhook", CancellationToken.None);
        var overHttps = await addresses.CheckAsync("https://127.0.0.1:5080/payments/webhook", CancellationToken.None);

        Assert.Equal((new Uri(ReceiverUrl), (string?)null), receiver);
        Assert.Contains("must start with https://", elsewhere.Problem);
        Assert.Contains("must start with https://", portalItself.Problem);
        Assert.Contains("the portal posts only to public addresses", overHttps.Problem);
    }
}

public sealed class DemoErpReceiverOnSqlite(SqliteDemoErpPortal portal) : DemoErpReceiverTests(portal), IClassFixture<SqliteDemoErpPortal>;

public sealed class DemoErpReceiverOnPostgreSql(PostgresDemoErpPortal portal) : DemoErpReceiverTests(portal), IClassFixture<PostgresDemoErpPortal>;
