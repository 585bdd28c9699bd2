using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Portal.Application.Waitlist;
using Portal.IntegrationTests.Support;
using Portal.Domain.Common;

namespace Portal.BrowserTests;

/// <summary>Two customers queue for a sold-out quarter; supply comes free; the first in line declines and the other is offered it and accepts.</summary>
public sealed class WaitlistJourneyTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    private static readonly NewSite LiquidHall = new("Rjukan Hall D", "Rjukan", "NO", 4_000);

    [SkippableFact]
    public async Task ACustomerIsOfferedTheSupplyAnotherDeclinedAndAcceptsIt()
    {
        var quarter = Quarter.Containing(DateTime.UtcNow).Plus(7);
        await Supply.SetAsync(portal.Factory, "TRN3-RACK-48U", quarter, 0);
        var fjord = await portal.NewPageAsync();
        await fjord.SignInAsync("buyer@fjord.example");
        // Trainium3 racks are liquid-cooled and Fjord's Rjukan Hall A is air-cooled: the offer goes to its new hall.
        await fjord.AddSiteAsync(LiquidHall);
        await fjord.JoinWaitlistAsync(quarter);
        var helios = await portal.NewPageAsync();
        await helios.SignInAsync("buyer@helios.example");
        await helios.JoinWaitlistAsync(quarter);
        await Screenshots.TakeAsync(helios, "waitlist-joined");

        await Supply.SetAsync(portal.Factory, "TRN3-RACK-48U", quarter, 2);
        await Jobs.RunAsync<WaitlistOffers>(portal.Factory);

        await helios.ReloadAsync();
        var heliosOffer = helios.Offer(quarter);
        await Assertions.Expect(heliosOffer).ToBeVisibleAsync();
        var axe = await helios.RunAxe();
        Assert.Empty(axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help} {string.Join(";", v.Nodes.Select(n => n.Html))}"));
        await Screenshots.TakeAsync(helios, "waitlist-offered");
        await heliosOffer.GetByRole(AriaRole.Link, new() { Name = "Decline the offer…" }).ClickAsync();
        await Assertions.Expect(helios.GetByText("Declining gives up your place in line")).ToBeVisibleAsync();
        var confirmAxe = await helios.RunAxe();
        Assert.Empty(confirmAxe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help} {string.Join(";", v.Nodes.Select(n => n.Html))}"));
        await Screenshots.TakeAsync(helios, "waitlist-decline-asked");
        await helios.GetByRole(AriaRole.Button, new() { Name = "Decline and leave the line" }).ClickAsync();
        await Assertions.Expect(helios.GetByText("Offer declined")).ToBeVisibleAsync();

        await fjord.GotoAsync("/Customer/Waitlist");
        var fjordOffer = fjord.Offer(quarter);
        await Assertions.Expect(fjordOffer).ToBeVisibleAsync();
        await Screenshots.TakeAsync(fjord, "waitlist-passed-on");
        await fjordOffer.AcceptOfferAsync(LiquidHall);
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
