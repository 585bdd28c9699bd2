using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Portal.Infrastructure.Persistence;

/// <summary>
/// Acts on a save that touches what a subclass watches once it has ended: at the end of the save, or of the
/// transaction it is part of, committed or rolled back. A subclass says what it watches and what to do.
/// </summary>
public abstract class SaveEndInterceptor : DbTransactionInterceptor, ISaveChangesInterceptor
{
    private static readonly object Touched = new();
    private readonly ConditionalWeakTable<DbContext, object> _touching = [];

    /// <summary>Whether the changes about to be saved touch what this interceptor watches.</summary>
    protected abstract bool Touches(DbContext context);

    /// <summary>A save that touches it begins.</summary>
    protected virtual void Began()
    {
    }

    /// <summary>A save that touched it has ended, committed or not.</summary>
    protected abstract void Ended(bool committed);

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context && Touches(context))
        {
            _touching.AddOrUpdate(context, Touched);
            Began();
        }
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default) => ValueTask.FromResult(SavingChanges(eventData, result));

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            End(eventData.Context, committed: true);
        }
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(SavedChanges(eventData, result));

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        End(eventData.Context, committed: true);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        End(eventData.Context, committed: true);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        End(eventData.Context, committed: false);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        End(eventData.Context, committed: false);
        return Task.CompletedTask;
    }

    private void End(DbContext? context, bool committed)
    {
        if (context is not null && _touching.Remove(context))
        {
            Ended(committed);
        }
    }
}
