using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Application.Payments;
using Portal.Application.Quotes;
using Portal.Domain.Common;
using Portal.Domain.Payments;
using Portal.Domain.Quotes;
using Portal.Domain.Webhooks;
using Portal.IntegrationTests.Support;
using Portal.IntegrationTests.Webhooks;
using static Portal.IntegrationTests.Webhooks.WebhookSteps;

namespace Portal.IntegrationTests.Payments;

/// <summary>
/// What a deposit's step records becomes, when the deposit is saved, its audit row, its mails, its webhook delivery
/// and the step of what it is for (the quote), in the same transaction as the step: a save that fails leaves none of them.
/// </summary>
public abstract class DepositEventOutboxTests(WebhookPortal portal)
{
    private PortalFactory Factory => portal.Factory;

    /// <summary>A company of its own whose endpoint subscribes to confirmed deposits, with an accepted quote; answers the quote, its deposit and the endpoint.</summary>
    private async Task<(int Quote, Deposit Deposit, int Endpoint)> AcceptedWithEndpointAsync()
    {
        var buyer = await NewCompanyAsync(Factory);
        using var owner = await Factory.SignedInAsync(buyer);
        var added = await AddEndpointAsync(owner, "http://127.0.0.1:9/hooks", WebhookEventTypes.DepositConfirmed);
        var endpoint = int.Parse(added.Location!.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var (quoteId, deposit) = await DepositSteps.AcceptedQuoteAsync(Factory, buyer, q => q.WithProduct("SVC-INSTALL-RACK", 1));
        return (quoteId, deposit, endpoint);
    }

    /// <summary>What the payment wrote: the deposit's audit row, the quote's step and its audit row, the mails, the webhook deliveries.</summary>
    private Task<(int DepositAudit, QuoteStatus Quote, int QuoteAudit, int Mails, int Deliveries)> WrittenAsync(int quoteId, Deposit deposit, int endpointId) =>
        Factory.QueryAsync(async db =>
        {
            var number = await db.Quotes.Where(q => q.Id == quoteId).Select(q => q.Number).SingleAsync();
            return (
                await db.AuditEvents.CountAsync(e => e.EntityType == DepositAudit.EntityType && e.EntityId == deposit.Reference && e.Action == DepositAudit.Paid.Name),
                await db.Quotes.Where(q => q.Id == quoteId).Select(q => q.Status).SingleAsync(),
                await db.AuditEvents.CountAsync(e => e.EntityType == QuoteAudit.EntityType && e.EntityId == quoteId.ToString() && e.Action == QuoteAudit.DepositPaid.Name),
                await db.QueuedMails.CountAsync(m => m.Subject == $"Deposit received for {number}" || m.Subject == $"Deposit paid on {number}"),
                await db.WebhookDeliveries.CountAsync(d => d.EndpointId == endpointId && d.EventType == WebhookEventTypes.DepositConfirmed));
        });

    private async Task<Actor> SalesAsync() => await DepositSteps.ActorAsync(Factory, DepositSteps.Sales, PortalRoles.Sales);

    private DateOnly Today => DateOnly.FromDateTime(portal.Clock.GetUtcNow().UtcDateTime);

    [SkippableFact]
    public async Task APaymentSavedWritesItsAuditRowTheQuotesStepTheMailsAndTheWebhookDeliveryWithIt()
    {
        var (quoteId, deposit, endpointId) = await AcceptedWithEndpointAsync();
        var sales = await SalesAsync();

        using (var scope = Factory.Services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<Acting>().As(sales);
            var db = scope.ServiceProvider.GetRequiredService<IPortalDb>();
            var paying = await db.Deposits.SingleAsync(d => d.Id == deposit.Id);
            await using var transaction = await db.BeginTransactionAsync();
            paying.RecordTransfer(paying.Amount, Today, "TR-EVENTS", sales.UserId, DateTime.UtcNow);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        Assert.Equal((1, QuoteStatus.DepositPaid, 1, 2, 1), await WrittenAsync(quoteId, deposit, endpointId));
        var row = await Factory.QueryAsync(db => db.AuditEvents.AsNoTracking().SingleAsync(e => e.EntityId == deposit.Reference && e.Action == DepositAudit.Paid.Name));
        Assert.Equal((sales.Name, nameof(DepositState.Due), nameof(DepositState.Paid), false), (row.Actor, row.FromState, row.ToState, row.ShownToCustomer));
        Assert.Contains("reference TR-EVENTS", row.Reason);
    }

    [SkippableFact]
    public async Task APaymentWhoseSaveFailsLeavesNoAuditRowStepMailOrWebhookDelivery()
    {
        var (quoteId, deposit, endpointId) = await AcceptedWithEndpointAsync();
        var sales = await SalesAsync();
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IPortalDb>();
        var paying = await db.Deposits.SingleAsync(d => d.Id == deposit.Id);
        // The deposit changes meanwhile: this save loses the version check, inside the use case's transaction.
        using (var other = Factory.Services.CreateScope())
        {
            var theirs = other.ServiceProvider.GetRequiredService<IPortalDb>();
            (await theirs.Deposits.SingleAsync(d => d.Id == deposit.Id)).NoteProblem("Someone looked at it.", DateTime.UtcNow);
            await theirs.SaveChangesAsync();
        }

        await using (await db.BeginTransactionAsync())
        {
            paying.RecordTransfer(paying.Amount, Today, "TR-LOST", sales.UserId, DateTime.UtcNow);
            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
        }

        Assert.Equal((0, QuoteStatus.Accepted, 0, 0, 0), await WrittenAsync(quoteId, deposit, endpointId));
        Assert.Equal(DepositState.Due, (await DepositSteps.DepositAsync(Factory, deposit.Id)).State);
    }

    [SkippableFact]
    public async Task ACancelledQuoteNoLongerAsksForItsDueDepositAndSaysSoInTheAuditLog()
    {
        var (quoteId, deposit, _) = await AcceptedWithEndpointAsync();
        var sales = await SalesAsync();

        using (var scope = Factory.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<Portal.Application.Quotes.Cancel.CancelQuoteHandler>().HandleAsync(quoteId, null, "The customer changed its plans", sales);
        }

        Assert.Equal(DepositState.Void, (await DepositSteps.DepositAsync(Factory, deposit.Id)).State);
        var row = await Factory.QueryAsync(db => db.AuditEvents.AsNoTracking().SingleAsync(e => e.EntityId == deposit.Reference && e.Action == DepositAudit.Voided.Name));
        Assert.Equal((sales.Name, nameof(DepositState.Due), nameof(DepositState.Void), DepositAudit.QuoteCancelled), (row.Actor, row.FromState, row.ToState, row.Reason));
    }

    [SkippableFact]
    public async Task ARefusedPaymentIsAuditedAndTheAdminsAreMailed()
    {
        var (_, deposit, _) = await AcceptedWithEndpointAsync();
        const string problem = "A payment of $1.00 arrived (checkout session cs_test), but the deposit asks for more. It was not accepted; our team will contact you.";

        using (var scope = Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IPortalDb>();
            (await db.Deposits.SingleAsync(d => d.Id == deposit.Id)).RefusePayment(problem, DateTime.UtcNow);
            await db.SaveChangesAsync();
        }

        var row = await Factory.QueryAsync(db => db.AuditEvents.AsNoTracking().SingleAsync(e => e.EntityId == deposit.Reference && e.Action == DepositAudit.PaymentRefused.Name));
        Assert.Equal((Actor.System.Name, nameof(DepositState.Due), nameof(DepositState.Due), problem), (row.Actor, row.FromState, row.ToState, row.Reason));
        var mailed = await Factory.QueryAsync(db => db.QueuedMails.AsNoTracking().Where(m => m.Subject == $"Payment for {deposit.Reference} does not match")
            .Select(m => m.Recipient).ToListAsync());
        Assert.Contains(DepositSteps.Admin, mailed);
        Assert.DoesNotContain(DepositSteps.Sales, mailed);
        Assert.Equal(DepositState.Due, (await DepositSteps.DepositAsync(Factory, deposit.Id)).State);
    }
}

public sealed class DepositEventOutboxOnSqlite(SqliteWebhookPortal portal) : DepositEventOutboxTests(portal), IClassFixture<SqliteWebhookPortal>;

public sealed class DepositEventOutboxOnPostgreSql(PostgresWebhookPortal portal) : DepositEventOutboxTests(portal), IClassFixture<PostgresWebhookPortal>;
