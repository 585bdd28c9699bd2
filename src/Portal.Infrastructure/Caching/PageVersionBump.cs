using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Caching;

/// <summary>
/// Bumps the versions of the pages a transaction's saves changed as it commits, inside it: a page rendered on any
/// instance before the commit is keyed by the old version and never served again, one rendered after it sees the data.
/// The version rows are locked only from the bump to the commit. Once the commit returns, this instance knows the new
/// versions (see <see cref="KnownPageVersions"/>); the other instances hear of them from PostgreSQL. Every save of the
/// portal runs in a transaction for it (see <see cref="PortalDbContext.SaveChangesAsync(bool, CancellationToken)"/>).
/// </summary>
public sealed class PageVersionBump(KnownPageVersions known) : DbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbTransaction, List<PageVersion>> _committing = [];

    public override async ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction,
        TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is PortalDbContext db)
        {
            _committing.AddOrUpdate(transaction, await CachedPages.BumpAsync(db, db.TakeChangedPages(), cancellationToken));
        }
        return result;
    }

    public override InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData,
        InterceptionResult result)
    {
        if (eventData.Context is PortalDbContext db)
        {
            _committing.AddOrUpdate(transaction, CachedPages.Bump(db, db.TakeChangedPages()));
        }
        return result;
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (_committing.TryGetValue(transaction, out var bumped))
        {
            _committing.Remove(transaction);
            bumped.ForEach(version => known.Raise(version.Tag, version.Version));
        }
    }

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        TransactionCommitted(transaction, eventData);
        return Task.CompletedTask;
    }

    /// <summary>A commit that failed may have gone through after all: the notices tell, if so.</summary>
    public override void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) =>
        _committing.Remove(transaction);

    public override Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData,
        CancellationToken cancellationToken = default)
    {
        TransactionFailed(transaction, eventData);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData)
    {
        _committing.Remove(transaction);
        (eventData.Context as PortalDbContext)?.TakeChangedPages();
    }

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        TransactionRolledBack(transaction, eventData);
        return Task.CompletedTask;
    }
}
