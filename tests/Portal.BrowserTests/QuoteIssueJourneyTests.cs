using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Portal.Domain.Common;

namespace Portal.BrowserTests;

/// <summary>
/// The whole story of a quote: the customer configures racks and submits the request; sales claims it, prices it and
/// issues it; the customer downloads the PDF and accepts it. And the pages around it: an admin's approvals, two
/// revisions compared.
/// </summary>
public sealed class QuoteIssueJourneyTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    private static async Task ExpectAccessibleAsync(IPage page)
    {
        var axe = await page.RunAxe();
        Assert.Empty(axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}"));
    }

    [SkippableFact]
    public async Task TheCustomerSubmitsSalesPricesAndIssuesAndTheCustomerDownloadsAndAccepts()
    {
        var customer = await portal.NewPageAsync();
        await customer.SignInAsync("buyer@helios.example");
        await customer.ConfigureAsync("TRN2-RACK-48U", 1, null, ("TRN2-SRV-16", 4), ("EFA-SW-25T", 1));
        await customer.GetByRole(AriaRole.Button, new() { Name = "Start a quote request with it" }).ClickAsync();
        await customer.DescribeDraftAsync(Quarter.Containing(DateTime.UtcNow).Plus(2), "One inference rack for Ashburn; installation wanted.");
        var number = await customer.SubmitRequestAsync();
        await Screenshots.TakeAsync(customer, "journey-1-customer-submitted");

        var sales = await portal.NewPageAsync();
        await sales.SignInAsync("sales@northwind.example");
        await sales.ClaimAsync(number);
        await sales.PriceAsync(5, validityDays: 20, add: ("SVC-INSTALL-RACK", 1));
        await Assertions.Expect(sales.Locator("#totals-heading + table")).ToContainTextAsync("Sales discount");
        await ExpectAccessibleAsync(sales);
        await Screenshots.TakeAsync(sales, "journey-2-staff-priced");
        await sales.GetByRole(AriaRole.Button, new() { Name = "Approve and issue" }).ClickAsync();
        await Assertions.Expect(sales.GetByText("Approved and issued")).ToBeVisibleAsync();
        await Screenshots.TakeAsync(sales, "journey-3-staff-issued");

        await customer.ReloadAsync();
        await Assertions.Expect(customer.GetByRole(AriaRole.Heading, new() { Name = "Your quote is ready" })).ToBeVisibleAsync();
        var (_, text) = await customer.DownloadPdfAsync("journey-issued");
        Assert.DoesNotContain("DRAFT", text);
        Assert.Contains("SVC-INSTALL-RACK", text);
        Assert.Contains("Sales discount (in the lines above)", text);
        await customer.FillAcceptanceAsync("Head of infrastructure", "PO-4711");
        await Screenshots.TakeAsync(customer, "journey-4-customer-accepting");
        await customer.AcceptQuoteAsync();
        await Assertions.Expect(customer.Locator(".alert-success").Filter(new() { HasText = "Accepted by" })).ToContainTextAsync("Accepted by Harper Quinn, Head of infrastructure, purchase order PO-4711");
        await Screenshots.TakeAsync(customer, "journey-5-customer-accepted");
    }

    [SkippableFact]
    public async Task AnAdminSeesTheDemosQuoteWaitingForApprovalAndTheCustomerComparesTwoRevisions()
    {
        var admin = await portal.NewPageAsync();
        await admin.SignInAsync("admin@northwind.example");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Approvals" }).ClickAsync();
        await Assertions.Expect(admin.Locator("tbody")).ToContainTextAsync("14 %");
        await ExpectAccessibleAsync(admin);
        await Screenshots.TakeAsync(admin, "approvals-queue");
        await admin.Locator("tbody a").First.ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Button, new() { Name = "Approve the discount and issue" })).ToBeVisibleAsync();
        await Screenshots.TakeAsync(admin, "approvals-quote");

        var customer = await portal.NewPageAsync();
        await customer.SignInAsync("buyer@helios.example");
        await customer.GotoAsync("/Customer/Quotes?status=Issued");
        await customer.Locator("tbody a").First.ClickAsync();
        await Assertions.Expect(customer.Locator("#revisions-heading + div")).ToContainTextAsync("2 (current)");
        await Screenshots.TakeAsync(customer, "revisions-list");
        await customer.GetByRole(AriaRole.Button, new() { Name = "Compare" }).ClickAsync();
        await Assertions.Expect(customer.GetByRole(AriaRole.Heading, new() { Name = "What changed from revision 1 to revision 2" })).ToBeVisibleAsync();
        await Assertions.Expect(customer.Locator("#lines-heading + div")).ToContainTextAsync("SVC-SUPPORT-ENT");
        await ExpectAccessibleAsync(customer);
        await Screenshots.TakeAsync(customer, "revisions-compared");
    }
}
