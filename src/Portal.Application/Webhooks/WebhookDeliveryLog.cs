using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Webhooks;

namespace Portal.Application.Webhooks;

/// <summary>An endpoint's deliveries, newest first, a page at a time; its owner replays any of them (audited).</summary>
public sealed class WebhookDeliveryLog(IPortalDb db, WebhookEndpointsHandler endpoints, TimeProvider clock)
{
    public const int PageSize = 25;

    /// <param name="endpoint">The endpoint as <see cref="WebhookEndpointsHandler.FindAsync"/> found it for the actor.</param>
    public async Task<Page<WebhookDelivery>> PageAsync(WebhookEndpoint endpoint, int page, CancellationToken cancellationToken = default)
    {
        var deliveries = db.WebhookDeliveries.AsNoTracking().Where(d => d.EndpointId == endpoint.Id);
        var total = await deliveries.CountAsync(cancellationToken);
        var number = Paging.Clamp(page, total, PageSize);
        var items = await deliveries.OrderByDescending(d => d.CreatedUtc).ThenByDescending(d => d.Id)
            .Skip((number - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return new Page<WebhookDelivery>(items, number, PageSize, total);
    }

    /// <summary>Queues the delivery again now; answers its endpoint's id. Another organization's delivery is not found.</summary>
    public async Task<int> ReplayAsync(long deliveryId, Actor actor, CancellationToken cancellationToken = default)
    {
        await endpoints.EnsureOwnerAsync(actor, cancellationToken);
        while (true)
        {
            var delivery = await OwnDeliveryAsync(deliveryId, actor.CustomerOrganizationId, cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            var from = delivery.State.ToString();
            delivery.Replay(now);
            db.Audit(now, actor, "WebhookDelivery", delivery.Id.ToString(CultureInfo.InvariantCulture), "WebhookReplayed", from,
                nameof(WebhookDeliveryState.Pending), $"{delivery.EventType} {delivery.EventId}");
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return delivery.EndpointId;
            }
            catch (DbUpdateConcurrencyException)
            {
                // An attempt was recorded at the same moment: replaying after it is still what the owner asked for.
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<WebhookDelivery> OwnDeliveryAsync(long deliveryId, int organizationId, CancellationToken cancellationToken) =>
        await db.WebhookDeliveries
            .Where(d => d.Id == deliveryId && db.WebhookEndpoints.Any(e => e.Id == d.EndpointId && e.OrganizationId == organizationId))
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException("The delivery");
}
