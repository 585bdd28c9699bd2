using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Webhooks;

namespace Portal.Application.Webhooks.ReplayWebhookDelivery;

/// <summary>Queues the delivery again now (audited); answers its endpoint's id. Another organization's delivery is not found.</summary>
public sealed class ReplayWebhookDeliveryHandler(IPortalDb db, OwnEndpoints endpoints, TimeProvider clock)
{
    public async Task<int> HandleAsync(ReplayWebhookDeliveryCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        await endpoints.EnsureOwnerAsync(actor, cancellationToken);
        while (true)
        {
            var delivery = await OwnDeliveryAsync(command.DeliveryId, actor.CustomerOrganizationId, cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            var from = delivery.State.ToString();
            delivery.Replay(now);
            db.Record(now, actor, delivery, WebhookAudit.Replayed, from);
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
