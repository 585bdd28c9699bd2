using System.Net;
using System.Text;
using Portal.Domain.Payments;
using Portal.IntegrationTests.Support;
using static Portal.IntegrationTests.Payments.DepositSteps;

namespace Portal.IntegrationTests.Payments;

/// <summary>With neither Stripe nor the stand-in configured, the portal takes deposits by bank transfer only, and says so.</summary>
public sealed class WithoutStripeTests(SqlitePortal portal) : IClassFixture<SqlitePortal>
{
    [SkippableFact]
    public async Task EveryDepositIsABankTransferTheDepositPageSaysWhyAndWebhooksAreRefused()
    {
        var customerEmail = await Customers.AddAsync(portal.Factory, $"n{Guid.NewGuid():N}"[..10]);
        var (_, deposit) = await AcceptedQuoteAsync(portal.Factory, customerEmail, b => b.WithProduct("SVC-INSTALL-RACK", 1));
        using var customer = await portal.Factory.SignedInAsync(customerEmail);

        var page = await customer.GetAsync($"/Customer/Deposits/Details/{deposit.Id}");
        using var webhook = await portal.Factory.CreateClient().PostAsync("/payments/webhook", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.True(deposit.AmountMinorUnits < Deposit.MaxCardMinorUnits);
        Assert.Equal(DepositMethod.BankTransfer, deposit.Method);
        Assert.Contains("Card payments are not available on this portal", page.Text("main"));
        Assert.DoesNotContain("Test mode", page.Text("main"));
        Assert.Null(page.Document.QuerySelector($"form[action='/Customer/Deposits/Pay/{deposit.Id}']"));
        Assert.Equal(HttpStatusCode.BadRequest, webhook.StatusCode);
        using var raw = await customer.Http.GetAsync($"/Customer/Deposits/Details/{deposit.Id}");
        Assert.Contains("form-action 'self'; ", raw.Headers.GetValues("Content-Security-Policy").Single());
    }
}
