using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Outbox;

/// <summary>
/// Wakes the sender of an outbox once a save that queued an item (a new one, or one sent again) is committed: at the end
/// of the save, or of the transaction it is part of. Waking before the commit would let the sender look too early and
/// miss it; a rollback leaves nothing to send.
/// </summary>
public sealed class OutboxWakeUp<TItem>(WakeSignal<TItem> signal) : SaveEndInterceptor
    where TItem : OutboxItem
{
    /// <summary>An item is queued when it waits with no attempt made: new, or queued again (a retry is the sender's own).</summary>
    protected override bool Touches(DbContext context) =>
        context.ChangeTracker.Entries<TItem>()
            .Any(e => e.State is EntityState.Added or EntityState.Modified && e.Entity is { Attempts: 0, NextAttemptUtc: not null });

    protected override void Ended(bool committed)
    {
        if (committed)
        {
            signal.Wake();
        }
    }
}
