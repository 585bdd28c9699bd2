using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Portal.Application.Accounts;
using Portal.Domain.Organizations;

namespace Portal.Infrastructure.Identity;

/// <summary>
/// Tells <see cref="CheckedSessions"/> when a save touches a person's account or a company: as the save begins, as it
/// ends and as its transaction ends, so that no session found current in between outlives the change.
/// </summary>
public sealed class AccountChanges(CheckedSessions sessions) : DbTransactionInterceptor, ISaveChangesInterceptor
{
    private static readonly object Touched = new();
    private readonly ConditionalWeakTable<DbContext, object> _touching = [];

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } db && db.ChangeTracker.Entries().Any(e => e.Entity is PortalUser or Organization && e.State is not EntityState.Unchanged))
        {
            _touching.AddOrUpdate(db, Touched);
            sessions.AccountsChanged();
        }
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default) => ValueTask.FromResult(SavingChanges(eventData, result));

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            Ended(eventData.Context);
        }
        else if (eventData.Context is { } db && _touching.TryGetValue(db, out _))
        {
            sessions.AccountsChanged();
        }
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(SavedChanges(eventData, result));

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Ended(eventData.Context);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended(eventData.Context);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Ended(eventData.Context);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended(eventData.Context);
        return Task.CompletedTask;
    }

    private void Ended(DbContext? db)
    {
        if (db is not null && _touching.TryGetValue(db, out _))
        {
            _touching.Remove(db);
            sessions.AccountsChanged();
        }
    }
}
