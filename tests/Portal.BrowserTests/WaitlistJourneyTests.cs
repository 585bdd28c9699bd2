using Deque.AxeCore.Playwright;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Portal.Application.Waitlist;
using Portal.IntegrationTests.Support;
using Portal.Domain.Common;

namespace Portal.BrowserTests;

/// <summary>Two customers queue for a sold-out quarter; supply comes free; the first in line declines and the other is offered it and accepts.</summary>
public sealed class WaitlistJourneyTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    private static async Task JoinAsync(IPage page, Quarter quarter)
    {
        await page.GotoAsync("/catalog/trn3-rack-48u");
        await page.GetByRole(AriaRole.Link, new() { Name = "Join the waitlist" }).ClickAsync();
        await page.GetByLabel("Units").FillAsync("2");
        await page.GetByLabel("Quarter").SelectOptionAsync(quarter.ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Join the waitlist" }).ClickAsync();
        await Assertions.Expect(page.GetByText("You are on the waitlist.")).ToBeVisibleAsync();
    }

    [SkippableFact]
    public async Task ACustomerIsOfferedTheSupplyAnotherDeclinedAndAcceptsIt()
    {
        var quarter = Quarter.Containing(DateTime.UtcNow).Plus(7);
        await Supply.SetAsync(portal.Factory, "TRN3-RACK-48U", quarter, 0);
        var fjord = await portal.NewPageAsync();
        await fjord.SignInAsync("buyer@fjord.example");
        await JoinAsync(fjord, quarter);
        var helios = await portal.NewPageAsync();
        await helios.SignInAsync("buyer@helios.example");
        await JoinAsync(helios, quarter);
        await Screenshots.TakeAsync(helios, "waitlist-joined");

        await Supply.SetAsync(portal.Factory, "TRN3-RACK-48U", quarter, 2);
        using (var scope = portal.Factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<WaitlistOffers>().RunAsync();
        }

        await helios.ReloadAsync();
        var heliosOffer = helios.Locator("section").Filter(new() { HasText = $"Offer: 2 × Trainium3 UltraServer rack, 48U in {quarter}" });
        await Assertions.Expect(heliosOffer).ToBeVisibleAsync();
        var axe = await helios.RunAxe();
        Assert.Empty(axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help} {string.Join(";", v.Nodes.Select(n => n.Html))}"));
        await Screenshots.TakeAsync(helios, "waitlist-offered");
        await heliosOffer.GetByRole(AriaRole.Button, new() { Name = "Decline" }).ClickAsync();
        await Assertions.Expect(helios.GetByText("Offer declined")).ToBeVisibleAsync();

        await fjord.GotoAsync("/Customer/Waitlist");
        var fjordOffer = fjord.Locator("section").Filter(new() { HasText = $"Offer: 2 × Trainium3 UltraServer rack, 48U in {quarter}" });
        await Assertions.Expect(fjordOffer).ToBeVisibleAsync();
        await Screenshots.TakeAsync(fjord, "waitlist-passed-on");
        await fjordOffer.GetByRole(AriaRole.Button, new() { Name = "Accept the offer" }).ClickAsync();

        await Assertions.Expect(fjord.GetByText("Offer accepted: it is now a quote request")).ToBeVisibleAsync();
        await Assertions.Expect(fjord.Locator("h1")).ToContainTextAsync("Submitted");
        await Screenshots.TakeAsync(fjord, "waitlist-accepted-quote");

        var admin = await portal.NewPageAsync();
        await admin.SignInAsync("admin@northwind.example");
        await admin.GotoAsync("/Admin/Waitlist?sku=TRN3-RACK-48U");
        await Assertions.Expect(admin.Locator("tbody")).ToContainTextAsync("Helios AI Labs");
        var adminAxe = await admin.RunAxe();
        Assert.Empty(adminAxe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}"));
        await Screenshots.TakeAsync(admin, "waitlist-admin");
    }
}
