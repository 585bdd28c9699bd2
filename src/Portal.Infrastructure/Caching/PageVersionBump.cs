using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Caching;

/// <summary>
/// Bumps the versions of the pages a transaction's saves changed as it commits, inside it: a page rendered on any
/// instance before the commit is keyed by the old version and never served again, one rendered after it sees the data.
/// The version rows are locked only from the bump to the commit. Every save of the portal runs in a transaction for it
/// (see <see cref="PortalDbContext.SaveChangesAsync(bool, CancellationToken)"/>).
/// </summary>
public sealed class PageVersionBump : DbTransactionInterceptor
{
    public override async ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction,
        TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is PortalDbContext db)
        {
            await CachedPages.BumpAsync(db, db.TakeChangedPages(), cancellationToken);
        }
        return result;
    }

    public override InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData,
        InterceptionResult result)
    {
        if (eventData.Context is PortalDbContext db)
        {
            CachedPages.Bump(db, db.TakeChangedPages());
        }
        return result;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        (eventData.Context as PortalDbContext)?.TakeChangedPages();

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        TransactionRolledBack(transaction, eventData);
        return Task.CompletedTask;
    }
}
