using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Portal.Domain.Common;

namespace Portal.BrowserTests;

/// <summary>The configurator tells a buyer what is wrong next to the field, as they type, and without script on submit.</summary>
public sealed class ConfiguratorTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [SkippableFact]
    public async Task ABuyerFixesABrokenRuleThenSubmitsTheRequestAndFindsItInMyQuotes()
    {
        var page = await portal.NewPageAsync();
        await page.SignInAsync("buyer@helios.example");
        await page.GotoAsync("/Customer/Configurator");
        await page.Locator("select[name=RackSku]").SelectOptionAsync("TRN3-RACK-48U");

        await page.ChooseComponentAsync(0, "TRN3-SLED-8", "30");
        await Assertions.Expect(page.Locator("[data-problem-for='Components']")).ToContainTextAsync("The components take 60 U; the Trainium3 UltraServer rack, 48U has 48 U.");
        await Assertions.Expect(page.Locator("svg.elevation")).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "configurator-broken-rule");

        await page.Locator("#Components_0__Quantity").FillAsync("8");
        await page.ChooseComponentAsync(1, "EFA-SW-51T", "1");
        await page.ChooseComponentAsync(2, "CDU-LIQ-150KW", "1");

        await Assertions.Expect(page.GetByText("This configuration keeps every rule.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-problem-for='Components']")).ToBeEmptyAsync();
        await Assertions.Expect(page.Locator("#evaluation")).ToContainTextAsync("earliest");
        await Screenshots.TakeAsync(page, "configurator-valid");
        var axe = await page.RunAxe();
        Assert.Empty(axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Start a quote request with it" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Configuration added to the quote request.")).ToBeVisibleAsync();
        await page.DescribeDraftAsync(Quarter.Containing(DateTime.UtcNow).Plus(2), "Four racks for the Ashburn training cluster.");
        await Screenshots.TakeAsync(page, "quote-draft");
        var number = await page.SubmitRequestAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Quotes", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = number })).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "my-quotes");
    }

    [SkippableFact]
    public async Task WithoutScriptTheCheckButtonGivesTheSameMessages()
    {
        var page = await portal.NewPageAsync(javaScript: false);
        await page.SignInAsync("buyer@fjord.example");
        await page.GotoAsync("/Customer/Configurator");
        await page.Locator("select[name=RackSku]").SelectOptionAsync("TRN3-RACK-48U");

        await page.ChooseComponentAsync(0, "TRN3-SLED-8", "8");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check configuration" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-problem-for='SiteId']")).ToContainTextAsync("it needs liquid cooling, and Rjukan Hall A is air-cooled");
        await Assertions.Expect(page.Locator("[data-problem-for='Components']")).ToContainTextAsync("add a switch to the configuration");
        await Assertions.Expect(page.Locator("#Components_0__Quantity")).ToHaveValueAsync("8");
        await Screenshots.TakeAsync(page, "configurator-without-script");
    }
}
