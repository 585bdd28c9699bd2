using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Portal.Application.Common;
using Portal.IntegrationTests.Payments;
using Portal.IntegrationTests.Support;

namespace Portal.BrowserTests;

/// <summary>A customer pays the deposit of its accepted quote by card on the Stripe stand-in's checkout page, and comes back to a paid deposit.</summary>
public sealed class DepositPaymentJourneyTests(PaymentsBrowserPortal portal) : IClassFixture<PaymentsBrowserPortal>
{
    [SkippableFact]
    public async Task TheCustomerPaysTheDepositOnTheCheckoutPageAndSeesItConfirmed()
    {
        var page = await portal.NewPageAsync();
        var customerEmail = await Customers.AddAsync(portal.Factory, $"pay{Guid.NewGuid():N}"[..10]);
        var (quoteId, deposit) = await DepositSteps.AcceptedQuoteAsync(portal.Factory, customerEmail, b => b.WithProduct("SVC-INSTALL-RACK", 2).WithProduct("SVC-SUPPORT-ENT", 2));
        var amount = MoneyText.Format(deposit.Amount, 2);
        await page.SignInAsync(customerEmail);

        await page.GotoAsync($"/Customer/Quotes/Details/{quoteId}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Pay the deposit" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync($"Deposit {deposit.Reference}");
        await Assertions.Expect(page.GetByText("Test mode.")).ToBeVisibleAsync();
        var axe = await page.RunAxe();
        Assert.Empty(axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help} {string.Join(";", v.Nodes.Select(n => n.Html))}"));
        await Screenshots.TakeAsync(page, "deposit-due");

        await page.GoToCheckoutAsync(portal, amount);
        await Screenshots.TakeAsync(page, "deposit-checkout");
        await page.PayOnCheckoutAsync();
        await Screenshots.TakeAsync(page, "deposit-paid");
        await page.GotoAsync($"/Customer/Quotes/Details/{quoteId}");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Deposit paid");
        await Screenshots.TakeAsync(page, "deposit-quote-paid");
    }

    [SkippableFact]
    public async Task SalesSeesTheDemoDepositsAndRecordsATransferThatArrived()
    {
        var page = await portal.NewPageAsync();
        var customerEmail = await Customers.AddAsync(portal.Factory, $"big{Guid.NewGuid():N}"[..10]);
        var (_, deposit) = await DepositSteps.AcceptedQuoteAsync(portal.Factory, customerEmail, b => b.WithTrainium2Racks(2));
        await page.SignInAsync(DepositSteps.Sales);

        await page.GetByRole(AriaRole.Link, new() { Name = "Deposits" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Refund owed" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Paid" }).First).ToBeVisibleAsync();
        var axe = await page.RunAxe();
        Assert.Empty(axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Id}: {v.Help} {string.Join(";", v.Nodes.Select(n => n.Html))}"));
        await Screenshots.TakeAsync(page, "deposits-list");

        await page.GetByRole(AriaRole.Link, new() { Name = deposit.Reference }).ClickAsync();
        await page.GetByLabel("Amount (USD)").FillAsync(deposit.Amount.Major.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Received on").FillAsync(DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Bank reference").FillAsync("WIRE-20261126-01");
        await Screenshots.TakeAsync(page, "deposit-record-transfer");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Transfer recorded: the deposit is paid.")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Paid");
        await Screenshots.TakeAsync(page, "deposit-transfer-recorded");
    }
}
