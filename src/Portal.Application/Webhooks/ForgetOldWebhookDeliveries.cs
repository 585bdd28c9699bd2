using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Webhooks;

namespace Portal.Application.Webhooks;

/// <summary>Forgets the deliveries that ended (delivered or failed) and were raised more than <see cref="WebhookDelivery.KeptFor"/> ago.</summary>
public sealed class ForgetOldWebhookDeliveries(IPortalDb db, TimeProvider clock) : IPortalJob
{
    public string Name => "Forget old webhook deliveries";

    public Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var before = clock.GetUtcNow().UtcDateTime - WebhookDelivery.KeptFor;
        return db.WebhookDeliveries.Where(d => d.State != WebhookDeliveryState.Pending && d.CreatedUtc < before).ExecuteDeleteAsync(cancellationToken);
    }
}
