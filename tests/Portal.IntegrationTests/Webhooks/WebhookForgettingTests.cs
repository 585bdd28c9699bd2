using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Domain.Webhooks;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Webhooks;

/// <summary>
/// Deliveries that ended are forgotten ninety days after they were raised, pending ones stay. The portal's own timers
/// are off here (<c>Jobs:Run</c>), so that only the run the test makes forgets anything: a timer's run, woken by another
/// test moving the clock, could otherwise forget the rows between their insert and the test's run.
/// </summary>
public abstract class WebhookForgettingTests(WebhookPortal portal)
{
    private PortalFactory Factory => portal.Factory;

    [SkippableFact]
    public async Task DeliveriesThatEndedAreForgottenNinetyDaysAfterTheyWereRaisedAndPendingOnesStay()
    {
        var now = portal.Clock.GetUtcNow().UtcDateTime;
        var endpointId = await Factory.QueryAsync(db => db.WebhookEndpoints.Select(e => e.Id).FirstAsync());
        var (oldDelivered, oldFailed, oldPending, recentDelivered) = (Delivery(endpointId, now.AddDays(-91)), Delivery(endpointId, now.AddDays(-91)),
            Delivery(endpointId, now.AddDays(-91)), Delivery(endpointId, now.AddDays(-89)));
        Ended(oldDelivered, fail: false);
        Ended(oldFailed, fail: true);
        Ended(recentDelivered, fail: false);
        oldPending.Claim(now.AddDays(-91));
        oldPending.Fail(503, "The endpoint answered 503 Service Unavailable.", now.AddDays(-91));
        await Factory.QueryAsync(async db =>
        {
            db.WebhookDeliveries.AddRange(oldDelivered, oldFailed, oldPending, recentDelivered);
            return await db.SaveChangesAsync();
        });

        using var scope = Factory.Services.CreateScope();
        var forgotten = await scope.ServiceProvider.GetRequiredService<Portal.Application.Webhooks.ForgetOldWebhookDeliveries>().RunAsync();

        var ids = new[] { oldDelivered.Id, oldFailed.Id, oldPending.Id, recentDelivered.Id };
        var left = await Factory.QueryAsync(db => db.WebhookDeliveries.Where(d => ids.Contains(d.Id)).Select(d => d.Id).ToListAsync());
        Assert.True(forgotten >= 2);
        Assert.Equal(new[] { oldPending.Id, recentDelivered.Id }.Order(), left.Order());
    }

    private static WebhookDelivery Delivery(int endpointId, DateTime raised) =>
        new(endpointId, $"evt_{Guid.NewGuid():N}", WebhookEventTypes.QuoteIssued, "{}", raised);

    /// <summary>Delivered at its first attempt, or failed after its last.</summary>
    private static void Ended(WebhookDelivery delivery, bool fail)
    {
        var at = delivery.CreatedUtc;
        for (var attempt = 1; attempt <= (fail ? WebhookDelivery.MaxAttempts : 1); attempt++)
        {
            delivery.Claim(at);
            if (fail)
            {
                delivery.Fail(503, "The endpoint answered 503 Service Unavailable.", at);
            }
            else
            {
                delivery.Succeed(200, at);
            }
            at = at.AddDays(1);
        }
    }
}

public sealed class WebhookForgettingOnSqlite(QuietSqliteWebhookPortal portal) : WebhookForgettingTests(portal), IClassFixture<QuietSqliteWebhookPortal>;

public sealed class WebhookForgettingOnPostgreSql(QuietPostgresWebhookPortal portal) : WebhookForgettingTests(portal), IClassFixture<QuietPostgresWebhookPortal>;
