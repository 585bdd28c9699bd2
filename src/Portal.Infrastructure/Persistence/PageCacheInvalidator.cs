using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Portal.Application.Accounts;
using Portal.Application.Common;
using Portal.Domain.Catalog;
using Portal.Domain.Organizations;
using Portal.Domain.Quotes;

namespace Portal.Infrastructure.Persistence;

/// <summary>
/// Drops cached pages whenever a save changes what they show: the catalog when a product or its supply changes, an
/// organization's pages when it, its sites or its people change, the review queue when a quote, a customer or a person
/// changes. Watching the saves means no use case can forget to.
/// Inside a transaction the pages are dropped when it commits, so that no request caches what is not yet visible.
/// </summary>
public sealed class PageCacheInvalidator(IPageCache pages) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, Changes> _pending = [];

    private sealed class Changes
    {
        /// <summary>Products, supply, the waitlist or a deposit changed: the catalog pages and the customers' waitlist pages go.</summary>
        public bool Supply { get; set; }
        public bool ReviewQueue { get; set; }
        public HashSet<int> Organizations { get; } = [];
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Remember(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Remember(eventData.Context);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            await DropAsync(eventData.Context, cancellationToken);
        }
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            DropAsync(eventData.Context, CancellationToken.None).GetAwaiter().GetResult();
        }
        return result;
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null)
        {
            _pending.Remove(context);
        }
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default) => DropAsync(eventData.Context, cancellationToken);

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        DropAsync(eventData.Context, CancellationToken.None).GetAwaiter().GetResult();

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        TransactionRolledBack(transaction, eventData);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context)
        {
            _pending.Remove(context);
        }
    }

    private void Remember(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        var changes = _pending.GetValue(context, _ => new Changes());
        foreach (var entry in context.ChangeTracker.Entries()
                     .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            // Holds change free supply through direct updates; their own rows come and go in the same transaction.
            changes.Supply |= entry.Entity is Product or Allocation or QuoteHold or Domain.Waitlist.WaitlistEntry or Domain.Payments.Deposit;
            changes.ReviewQueue |= entry.Entity is Quote or Organization or PortalUser;
            if (OrganizationOf(entry) is { } organization)
            {
                changes.Organizations.Add(organization);
            }
        }
    }

    private static int? OrganizationOf(EntityEntry entry) => entry.Entity switch
    {
        Organization { Id: > 0 } organization => organization.Id,
        Site site => site.OrganizationId,
        PortalUser user => user.OrganizationId,
        Quote quote => quote.OrganizationId,
        Domain.Waitlist.WaitlistEntry waiting => waiting.OrganizationId,
        Domain.Payments.Deposit deposit => deposit.OrganizationId,
        _ => null,
    };

    private async Task DropAsync(DbContext? context, CancellationToken cancellationToken)
    {
        if (context is null || !_pending.TryGetValue(context, out var changes))
        {
            return;
        }
        _pending.Remove(context);
        if (changes.Supply)
        {
            await pages.DropCatalogAsync(cancellationToken);
            await pages.DropWaitlistAsync(cancellationToken);
        }
        if (changes.ReviewQueue)
        {
            await pages.DropReviewQueueAsync(cancellationToken);
        }
        foreach (var organization in changes.Organizations)
        {
            await pages.DropOrganizationAsync(organization, cancellationToken);
        }
    }
}
