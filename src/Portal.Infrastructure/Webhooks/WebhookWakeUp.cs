using Microsoft.EntityFrameworkCore;
using Portal.Domain.Webhooks;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Webhooks;

/// <summary>
/// Wakes the sender once a save that queued a delivery (a new one, or one replayed) is committed: at the end of the
/// save, or of the transaction it is part of. Waking before the commit would let the sender look too early and miss it.
/// </summary>
public sealed class WebhookWakeUp(WebhookSignal signal) : SaveEndInterceptor
{
    /// <summary>A delivery is queued when it is pending with no attempt made: new, or just replayed (a retry is the sender's own).</summary>
    protected override bool Touches(DbContext context) =>
        context.ChangeTracker.Entries<WebhookDelivery>()
            .Any(e => e.State is EntityState.Added or EntityState.Modified && e.Entity is { State: WebhookDeliveryState.Pending, Attempts: 0 });

    protected override void Ended(bool committed)
    {
        if (committed)
        {
            signal.Wake();
        }
    }
}
