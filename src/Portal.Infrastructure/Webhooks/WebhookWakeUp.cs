using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Portal.Domain.Webhooks;

namespace Portal.Infrastructure.Webhooks;

/// <summary>
/// Wakes the sender once a save that queued a delivery (a new one, or one replayed) is committed: at the end of the
/// save, or of the transaction it is part of. Waking before the commit would let the sender look too early and miss it.
/// </summary>
public sealed class WebhookWakeUp(WebhookSignal signal) : DbTransactionInterceptor, ISaveChangesInterceptor
{
    private static readonly object Queued = new();
    private readonly ConditionalWeakTable<DbContext, object> _queuing = [];

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            Wake(eventData.Context);
        }
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(SavedChanges(eventData, result));

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Wake(eventData.Context);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Wake(eventData.Context);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>A delivery is queued when it is pending with no attempt made: new, or just replayed (a retry is the sender's own).</summary>
    private void Note(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries<WebhookDelivery>()
                .Any(e => e.State is EntityState.Added or EntityState.Modified && e.Entity is { State: WebhookDeliveryState.Pending, Attempts: 0 }))
        {
            _queuing.AddOrUpdate(context, Queued);
        }
    }

    private void Wake(DbContext? context)
    {
        if (context is not null && _queuing.Remove(context))
        {
            signal.Wake();
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _queuing.Remove(context);
        }
    }
}
