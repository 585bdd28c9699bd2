using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using Portal.Domain.Payments;
using Portal.Domain.Quotes;
using Portal.IntegrationTests.Support;
using static Portal.IntegrationTests.Payments.DepositSteps;

namespace Portal.IntegrationTests.Payments;

/// <summary>A webhook that never arrives: the reconciliation job asks Stripe about sessions still open after 30 minutes.</summary>
public sealed class DepositReconciliationTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly ClockedPayments _portal;

    public DepositReconciliationTests() => _portal = new ClockedPayments(_clock);

    [SkippableFact]
    public async Task ADepositWhoseWebhooksWereAllLostIsFoundPaidByTheJobOnceItsSessionIsHalfAnHourOld()
    {
        var factory = _portal.Factory;
        var customerEmail = await Customers.AddAsync(factory, $"l{Guid.NewGuid():N}"[..10]);
        var (quoteId, deposit) = await AcceptedQuoteAsync(factory, customerEmail, b => b.WithProduct("SVC-INSTALL-RACK", 2));
        using var customer = await factory.SignedInAsync(customerEmail);
        _portal.StandIn.Webhooks.RefuseAll = true;
        var sessionId = await CheckoutAsync(customer, deposit.Id);
        await OnCheckoutPageAsync(_portal.StandIn, sessionId);
        await _portal.StandIn.Webhooks.OfAsync("checkout.session.completed", sessionId, count: 4);

        _clock.Advance(TimeSpan.FromMinutes(20));
        await Task.Delay(300);
        Assert.Equal(DepositState.Due, (await DepositAsync(factory, deposit.Id)).State);

        _clock.Advance(TimeSpan.FromMinutes(11));
        var paid = await WaitForAsync(factory, deposit.Id, d => d.State == DepositState.Paid);

        Assert.StartsWith("pi_test_", paid.PaymentIntentId);
        Assert.Equal(QuoteStatus.DepositPaid, await factory.QueryAsync(db => db.Quotes.Where(q => q.Id == quoteId).Select(q => q.Status).SingleAsync()));
        Assert.Equal(1, await AuditCountAsync(factory, deposit.Reference, "Paid"));
    }

    public void Dispose() => _portal.Dispose();

    private sealed class ClockedPayments(TimeProvider clock) : PaymentsPortal(DatabaseKind.Sqlite, clock);
}
