using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Webhooks;
using Portal.Domain.Webhooks;
using Portal.Infrastructure.Webhooks;
using Portal.IntegrationTests.Support;
using Portal.StripeStandIn;
using static Portal.IntegrationTests.Webhooks.WebhookSteps;

namespace Portal.IntegrationTests.Webhooks;

/// <summary>
/// Production keeps webhooks off loopback whatever runs there: the demo ERP's receiver is not allowed (so the demo's
/// retried event is refused, and the log says only that), and the settings that would allow it stop the start.
/// </summary>
public sealed class WebhooksInProductionTests(ProductionDemoErpPortal portal) : IClassFixture<ProductionDemoErpPortal>
{
    [Fact]
    public async Task TheReceiverOnLoopbackIsRefusedWhenRegisteredAndWhenConnectedTo()
    {
        var receiver = DemoErpReceiver.UrlAt(portal.StandInUrl);
        var addresses = portal.Factory.Services.GetRequiredService<IWebhookAddresses>();
        var endpoint = await portal.Factory.QueryAsync(db => db.WebhookEndpoints.AsNoTracking().SingleAsync(e => e.Url == receiver));
        var retried = await portal.Factory.QueryAsync(db => db.WebhookDeliveries.AsNoTracking()
            .SingleAsync(d => d.EndpointId == endpoint.Id && d.State == WebhookDeliveryState.Pending));

        var registered = await addresses.CheckAsync(receiver, CancellationToken.None);
        var loopback = await addresses.CheckAsync("https://127.0.0.1/events", CancellationToken.None);
        portal.Clock.Advance(TimeSpan.FromMinutes(1));
        using (var scope = portal.Factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<WebhookSender>().RunAsync();
        }
        var refused = await WhenAsync(portal.Factory, retried.Id, d => d.Attempts == 2 && d.LastStatus is null);
        using var browser = new HttpClient();
        var page = await browser.GetStringAsync(portal.StandInUrl + DemoErpReceiver.PagePath);

        Assert.Contains("must start with https://", registered.Problem);
        Assert.Contains("the portal posts only to public addresses", loopback.Problem);
        Assert.Equal((WebhookOutcome.NotPublic, (int?)null, WebhookDeliveryState.Pending), (refused.LastError, refused.LastStatus, refused.State));
        Assert.Contains("Nothing received yet", page);
    }

    [Theory]
    [InlineData("Webhooks:AllowPrivateAddresses", "true")]
    [InlineData("Webhooks:AllowedTestReceivers:0", "http://127.0.0.1:5081/demo-erp/webhooks")]
    public async Task ASettingThatLetsWebhooksReachThisMachineStopsProductionsStart(string setting, string value)
    {
        var (exitCode, output) = await RefusedStart.RunAsync(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Portal__PublicUrl"] = "https://portal.northwind.example",
            [setting.Replace(":", "__", StringComparison.Ordinal)] = value,
        });

        Assert.Equal(1, exitCode);
        Assert.Contains(WebhookOptions.RefusedInProduction, output);
        Assert.Contains(setting.Split(':')[1], WebhookOptions.RefusedInProduction);
        RefusedStart.AssertNoTrace(output);
    }
}
