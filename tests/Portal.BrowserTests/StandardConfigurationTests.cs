using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Portal.Domain.Common;

namespace Portal.BrowserTests;

/// <summary>A buyer starts a quote request from one of the vendor's standard configurations on the configurator.</summary>
public sealed class StandardConfigurationTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    private const string Starter = "Trainium2 air-cooled starter rack";

    [SkippableFact]
    public async Task ABuyerStartsFromAStandardConfigurationSubmitsItAndFindsItInMyQuotes()
    {
        var page = await portal.NewPageAsync();
        await page.SignInAsync("buyer@helios.example");
        await page.GotoAsync("/Customer/Configurator");

        await page.GetByRole(AriaRole.Link, new() { Name = $"Start from this: {Starter}" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Filled in from the standard configuration")).ToContainTextAsync(Starter);
        await Assertions.Expect(page.Locator("select[name=RackSku]")).ToHaveValueAsync("TRN2-RACK-48U");
        await Assertions.Expect(page.Locator("#Components_0__Sku")).ToHaveValueAsync("TRN2-SRV-16");
        await Assertions.Expect(page.Locator("#Components_0__Quantity")).ToHaveValueAsync("3");
        await Assertions.Expect(page.GetByText("This configuration keeps every rule.")).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "configurator-from-a-standard-configuration");
        AssertAccessible(await page.RunAxe());
        await page.SetViewportSizeAsync(390, 844);
        AssertAccessible(await page.RunAxe());
        await Screenshots.TakeAsync(page, "configurator-from-a-standard-configuration-phone");
        await page.SetViewportSizeAsync(1280, 900);

        await page.GetByRole(AriaRole.Button, new() { Name = "Start a quote request with it" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Configuration added to the quote request.")).ToBeVisibleAsync();
        await page.DescribeDraftAsync(Quarter.Containing(DateTime.UtcNow).Plus(2), "A starter rack for the inference pilot.");
        var number = await page.SubmitRequestAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Quotes", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = number })).ToBeVisibleAsync();
    }

    private static void AssertAccessible(Deque.AxeCore.Commons.AxeResult axe) =>
        Assert.Empty(axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}"));
}
