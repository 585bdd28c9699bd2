using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common;
using Portal.Application.Quotes;
using Portal.Domain.Quotes;
using Portal.Domain.Webhooks;
using Portal.IntegrationTests.Support;
using Portal.IntegrationTests.Webhooks;
using static Portal.IntegrationTests.Webhooks.WebhookSteps;

namespace Portal.IntegrationTests.Quotes;

/// <summary>
/// What a quote's step records becomes, when the quote is saved, its audit row, its mail and its webhook delivery, in
/// the same transaction as the step: a save that fails leaves none of them.
/// </summary>
public abstract class QuoteEventOutboxTests(WebhookPortal portal)
{
    private PortalFactory Factory => portal.Factory;

    /// <summary>An issued quote of a company of its own, whose endpoint subscribes to expiries; answers the quote's id and the endpoint's.</summary>
    private async Task<(int Quote, int Endpoint)> IssuedWithEndpointAsync()
    {
        var buyer = await NewCompanyAsync(Factory);
        using var owner = await Factory.SignedInAsync(buyer);
        var added = await AddEndpointAsync(owner, "http://127.0.0.1:9/hooks", WebhookEventTypes.QuoteExpired);
        var endpoint = int.Parse(added.Location!.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        return (await IssuedQuoteAsync(Factory, buyer), endpoint);
    }

    /// <summary>The expiry's audit rows, webhook deliveries and queued mails (sent or not) of the quote.</summary>
    private Task<(int Audit, int Deliveries, int Mails)> WrittenAsync(int quoteId, int endpointId) =>
        Factory.QueryAsync(async db =>
        {
            var number = await db.Quotes.Where(q => q.Id == quoteId).Select(q => q.Number).SingleAsync();
            return (
                await db.AuditEvents.CountAsync(e => e.EntityType == QuoteAudit.EntityType && e.EntityId == quoteId.ToString() && e.Action == QuoteAudit.Expired.Name),
                await db.WebhookDeliveries.CountAsync(d => d.EndpointId == endpointId && d.EventType == WebhookEventTypes.QuoteExpired),
                await db.QueuedMails.CountAsync(m => m.Subject == $"Quote {number} has expired"));
        });

    [SkippableFact]
    public async Task AStepSavedWritesItsAuditRowMailAndWebhookDeliveryWithIt()
    {
        var (quoteId, endpointId) = await IssuedWithEndpointAsync();

        using (var scope = Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IPortalDb>();
            var quote = await db.Quotes.SingleAsync(q => q.Id == quoteId);
            quote.Expire(quote.ValidUntilUtc!.Value.AddMinutes(1));
            await db.SaveChangesAsync();
        }

        Assert.Equal((1, 1, 1), await WrittenAsync(quoteId, endpointId));
        var row = await Factory.QueryAsync(db => db.AuditEvents.AsNoTracking().SingleAsync(e => e.EntityId == quoteId.ToString() && e.Action == QuoteAudit.Expired.Name));
        Assert.Equal((Actor.System.Name, nameof(QuoteStatus.Issued), nameof(QuoteStatus.Expired), true), (row.Actor, row.FromState, row.ToState, row.ShownToCustomer));
    }

    [SkippableFact]
    public async Task AStepWhoseSaveFailsLeavesNoAuditRowMailOrWebhookDelivery()
    {
        var (quoteId, endpointId) = await IssuedWithEndpointAsync();
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IPortalDb>();
        var quote = await db.Quotes.SingleAsync(q => q.Id == quoteId);
        // Someone else changes the quote meanwhile: this save loses the version check, inside the use case's transaction.
        using (var other = Factory.Services.CreateScope())
        {
            var theirs = other.ServiceProvider.GetRequiredService<IPortalDb>();
            (await theirs.Quotes.SingleAsync(q => q.Id == quoteId)).Cancel("Changed our plans", DateTime.UtcNow);
            await theirs.SaveChangesAsync();
        }

        await using (await db.BeginTransactionAsync())
        {
            quote.Expire(quote.ValidUntilUtc!.Value.AddMinutes(1));
            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
        }

        Assert.Equal((0, 0, 0), await WrittenAsync(quoteId, endpointId));
    }
}

public sealed class QuoteEventOutboxOnSqlite(SqliteWebhookPortal portal) : QuoteEventOutboxTests(portal), IClassFixture<SqliteWebhookPortal>;

public sealed class QuoteEventOutboxOnPostgreSql(PostgresWebhookPortal portal) : QuoteEventOutboxTests(portal), IClassFixture<PostgresWebhookPortal>;
