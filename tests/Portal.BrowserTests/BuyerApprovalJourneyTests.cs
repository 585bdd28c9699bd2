using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Portal.Application.Common;
using Portal.Domain.Common;
using Portal.IntegrationTests.Payments;
using Portal.IntegrationTests.Support;

namespace Portal.BrowserTests;

/// <summary>
/// A company's approval before commitment: its administrator sets a rule that needs two approvers, the requester
/// configures racks and submits the request, sales claims and issues it, two approvers approve it (the first is asked for
/// no purchase order, the second gives it and accepts), and Finance pays the deposit.
/// </summary>
public sealed class BuyerApprovalJourneyTests(PaymentsBrowserPortal portal) : IClassFixture<PaymentsBrowserPortal>
{
    [SkippableFact]
    public async Task TheRequesterSubmitsTwoApproversApproveTheIssuedQuoteAndFinancePaysItsDeposit()
    {
        var owner = await Customers.AddAsync(portal.Factory, $"appr{Guid.NewGuid():N}"[..10]);
        var requesterEmail = await Customers.AddColleagueAsync(portal.Factory, owner, CompanyRoles.Requester);
        var first = await Customers.AddColleagueAsync(portal.Factory, owner, CompanyRoles.Approver);
        var second = await Customers.AddColleagueAsync(portal.Factory, owner, CompanyRoles.Approver);
        var finance = await Customers.AddColleagueAsync(portal.Factory, owner, CompanyRoles.Finance);
        var administrator = await portal.NewPageAsync();
        await administrator.SignInAsync(owner);
        await administrator.GotoAsync("/Customer/Colleagues");
        await administrator.GetByRole(AriaRole.Link, new() { Name = "Set your company's approval rule" }).ClickAsync();
        await administrator.GetByLabel("Two approvers are needed above").FillAsync("1000");
        await administrator.GetByRole(AriaRole.Button, new() { Name = "Save the rule" }).ClickAsync();
        await Assertions.Expect(administrator.GetByText("Approval rule saved.")).ToBeVisibleAsync();
        await ExpectAccessibleAtBothWidthsAsync(administrator, "approvals-1-rule");

        var requester = await portal.NewPageAsync();
        await requester.SignInAsync(requesterEmail);
        await requester.ConfigureAsync("TRN2-RACK-48U", 1, "Hall 1", ("TRN2-SRV-16", 4), ("EFA-SW-25T", 1));
        await requester.GetByRole(AriaRole.Button, new() { Name = "Start a quote request with it" }).ClickAsync();
        await requester.DescribeDraftAsync(Quarter.Containing(DateTime.UtcNow).Plus(2), "One inference rack for Frankfurt; two approvers sign it off.");
        var number = await requester.SubmitRequestAsync();
        await ExpectAccessibleAtBothWidthsAsync(requester, "approvals-2-requested");

        var sales = await portal.NewPageAsync();
        await sales.SignInAsync(DepositSteps.Sales);
        await sales.ClaimAsync(number);
        await sales.GetByRole(AriaRole.Button, new() { Name = "Approve and issue" }).ClickAsync();
        await Assertions.Expect(sales.GetByText("Approved and issued")).ToBeVisibleAsync();
        var quote = await portal.Factory.QueryAsync(db => db.Quotes.Where(q => q.Number == number).Select(q => q.Id).SingleAsync());

        var firstApprover = await portal.NewPageAsync();
        await firstApprover.SignInAsync(first);
        await firstApprover.GotoAsync($"/Customer/Quotes/Details/{quote}");
        await Assertions.Expect(firstApprover.Locator("#purchase-order-later")).ToBeVisibleAsync();
        await firstApprover.FillAcceptanceAsync("Head of infrastructure", null);
        await firstApprover.GetByRole(AriaRole.Button, new() { Name = "Approve quote" }).ClickAsync();
        await Assertions.Expect(firstApprover.GetByText("Your approval is recorded.")).ToBeVisibleAsync();
        await Assertions.Expect(firstApprover.Locator("#buyer-approvals")).ToContainTextAsync("One more approval is needed");
        await ExpectAccessibleAtBothWidthsAsync(firstApprover, "approvals-3-first-approved");

        var secondApprover = await portal.NewPageAsync();
        await secondApprover.SignInAsync(second);
        await secondApprover.GotoAsync($"/Customer/Quotes/Details/{quote}");
        await secondApprover.FillAcceptanceAsync("Chief financial officer", "PO-2026-31");
        await secondApprover.AcceptQuoteAsync();
        await ExpectAccessibleAtBothWidthsAsync(secondApprover, "approvals-4-accepted");

        var payer = await portal.NewPageAsync();
        await payer.SignInAsync(finance);
        await payer.GotoAsync($"/Customer/Quotes/Details/{quote}");
        await payer.GetByRole(AriaRole.Link, new() { Name = "Pay the deposit" }).ClickAsync();
        var deposit = await DepositSteps.DepositOfQuoteAsync(portal.Factory, quote);
        await payer.GoToCheckoutAsync(portal, MoneyText.Format(deposit.Amount, 2));
        await payer.PayOnCheckoutAsync();
        await Screenshots.TakeAsync(payer, "approvals-5-deposit-paid");
    }

    private static async Task ExpectAccessibleAtBothWidthsAsync(IPage page, string screenshot)
    {
        foreach (var (width, height, name) in new[] { (1280, 900, screenshot), (390, 844, $"{screenshot}-phone") })
        {
            await page.SetViewportSizeAsync(width, height);
            var axe = await page.RunAxe();
            Assert.Empty(axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help}"));
            await Screenshots.TakeAsync(page, name);
        }
        await page.SetViewportSizeAsync(1280, 900);
    }
}
