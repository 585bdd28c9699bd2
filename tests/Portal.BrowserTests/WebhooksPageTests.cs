using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Portal.Infrastructure.Seeding;

namespace Portal.BrowserTests;

/// <summary>Helios' first user opens its demo webhook endpoint: the secret, the delivery log with one delivery being retried, Replay.</summary>
public sealed class WebhooksPageTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [SkippableFact]
    public async Task TheDemoEndpointShowsItsSecretAndDeliveryLogAndIsAccessible()
    {
        var page = await portal.NewPageAsync(false);
        await page.SignInAsync("buyer@helios.example");

        await page.GotoAsync("/Customer/Webhooks");
        await page.GetByRole(AriaRole.Link, new() { Name = new DemoOptions().ErpWebhookUrl }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Delivery log" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".webhook-secret")).ToContainTextAsync("whsec_");
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Delivered" }).First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Replay" }).First).ToBeVisibleAsync();
        var axe = await page.RunAxe();
        Assert.Empty(axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help} {string.Join(";", v.Nodes.Select(n => n.Html))}"));
        await Screenshots.TakeAsync(page, "webhooks-delivery-log");
    }
}
