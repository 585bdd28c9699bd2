using Microsoft.EntityFrameworkCore;
using Portal.Domain.Payments;
using Portal.IntegrationTests.Payments;
using Portal.IntegrationTests.Support;
using static Portal.IntegrationTests.Payments.DepositSteps;

namespace Portal.IntegrationTests.Production;

/// <summary>The way back from the payment provider's checkout page is on the public address, as mailed links are, not on the request's host.</summary>
public sealed class CheckoutReturnTests(PublicAddressPayments portal) : IClassFixture<PublicAddressPayments>
{
    [Fact]
    public async Task ThePayerReturnsToThePublicAddress()
    {
        using var customer = await portal.Factory.SignedInAsync("buyer@fjord.example");
        var organization = await portal.Factory.QueryAsync(db => db.Users.Where(u => u.Email == "buyer@fjord.example").Select(u => u.OrganizationId).SingleAsync());
        var deposit = await portal.Factory.QueryAsync(db => db.Deposits
            .FirstAsync(d => d.OrganizationId == organization && d.QuoteId != null && d.State == DepositState.Due && d.Method == DepositMethod.Card));

        var sessionId = await CheckoutAsync(customer, deposit.Id);
        var paid = await OnCheckoutPageAsync(portal.StandIn, sessionId);

        Assert.StartsWith($"{InProduction.PublicUrl}/Customer/Deposits/Details/{deposit.Id}?", paid.Headers.Location!.ToString());
    }
}

public sealed class PublicAddressPayments() : PaymentsPortal(DatabaseKind.Sqlite, settings: new Dictionary<string, string> { ["Portal:PublicUrl"] = InProduction.PublicUrl });
