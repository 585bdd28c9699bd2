using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Portal.BrowserTests;

/// <summary>A buyer goes from a product's page in the catalog to a quote request: a service onto a new draft, a rack into the configurator.</summary>
public sealed class ShopWindowTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [SkippableFact]
    public async Task ABuyerAddsAServiceFromItsPageToANewQuoteRequest()
    {
        var page = await portal.NewPageAsync();
        await page.SignInAsync("buyer@helios.example");
        await page.GotoAsync("/catalog/SVC-SUPPORT-ENT");

        await page.GetByRole(AriaRole.Link, new() { Name = "Add to a quote request" }).ClickAsync();
        await page.GetByLabel("Quantity").FillAsync("2");
        await page.GetByLabel("Quote request").SelectOptionAsync(new SelectOptionValue { Label = "A new quote request" });
        await Screenshots.TakeAsync(page, "add-to-a-quote-request");
        AssertAccessible(await page.RunAxe());
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to the quote request" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Product added to the quote request.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Enterprise support, per rack and year");
        await Screenshots.TakeAsync(page, "draft-from-a-product-page");
    }

    [SkippableFact]
    public async Task ARackPageOpensTheConfiguratorWhichOffersOnlyWhatFitsTheRack()
    {
        var page = await portal.NewPageAsync(phone: true);
        await page.SignInAsync("buyer@helios.example");
        await page.GotoAsync("/catalog/TRN2-RACK-48U");

        await page.GetByRole(AriaRole.Link, new() { Name = "Configure this rack" }).ClickAsync();

        await Assertions.Expect(page.Locator("select[name=RackSku]")).ToHaveValueAsync("TRN2-RACK-48U");
        await Assertions.Expect(page.Locator("#Components_0__Sku option[value='TRN3-SLED-8']")).ToBeDisabledAsync();
        await Assertions.Expect(page.Locator("#Components_0__Sku option[value='TRN2-SRV-16']")).ToBeEnabledAsync();
        AssertAccessible(await page.RunAxe());
        await page.Locator("select[name=RackSku]").SelectOptionAsync("TRN3-RACK-48U");
        await Assertions.Expect(page.Locator("#Components_0__Sku option[value='TRN3-SLED-8']")).ToBeEnabledAsync();
        await Assertions.Expect(page.Locator("#Components_0__Sku option[value='TRN2-SRV-16']")).ToBeDisabledAsync();
        await Screenshots.TakeAsync(page, "configurator-opened-on-a-rack");
    }

    private static void AssertAccessible(Deque.AxeCore.Commons.AxeResult axe) =>
        Assert.Empty(axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}"));
}
