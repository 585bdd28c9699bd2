using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common.Events;
using Portal.Domain.Common;

namespace Portal.Infrastructure.Events;

/// <summary>
/// The one place events become side effects: the context's save first calls <see cref="DispatchAsync"/>, which takes
/// the events the tracked aggregates recorded and has their handlers add the audit rows, mails and webhook deliveries
/// to the same save, so that they commit with the change, inside whatever transaction the use case opened, or not at
/// all. Events that handlers raise are taken in the next round; taking empties an aggregate's record, so a second save
/// hands over only what is new. An aggregate the save inserts has no id until its row is written (a new draft, whose
/// audit row names its id), so its events wait for the insert and are handed over by a second save, in the same
/// transaction: the use case's own, or one this interceptor opens for the two when it has none.
/// </summary>
/// <remarks>
/// Pooled contexts outlive a request's scope, so the scope that leased the context (and holds its handlers and the
/// actor of its unit of work) is remembered per context each time the pool hands it out.
/// The context dispatches before any save interceptor runs, so that theirs see what the handlers added.
/// </remarks>
public sealed class DomainEventsOnSave : SaveChangesInterceptor
{
    /// <summary>More rounds than any chain of events needs: beyond it, handlers are raising events in a circle.</summary>
    private const int MaxRounds = 10;

    private readonly ConditionalWeakTable<DbContext, IServiceProvider> _scopes = [];
    private readonly ConditionalWeakTable<DbContext, IDbContextTransaction> _opened = [];

    /// <summary>
    /// Has every context the scope leases from the pool remember the scope: the registration the pool made is wrapped,
    /// so that a context reached as <c>IPortalDb</c> or as itself (the seeder, the tests) is the same.
    /// </summary>
    public void AttachEachLease<TContext>(IServiceCollection services)
        where TContext : DbContext
    {
        var leased = services.Last(d => d.ServiceType == typeof(TContext));
        var lease = leased.ImplementationFactory ?? throw new InvalidOperationException($"{typeof(TContext).Name} is not leased from a pool.");
        services.Remove(leased);
        services.AddScoped(sp =>
        {
            var context = (TContext)lease(sp);
            _scopes.AddOrUpdate(context, sp);
            return context;
        });
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null
            && WithEvents(context).Any(e => e.State == EntityState.Added))
        {
            _opened.AddOrUpdate(context, await context.Database.BeginTransactionAsync(cancellationToken));
        }
        return result;
    }

    /// <summary>
    /// Hands over the events of the aggregates this save inserted, now that they have their ids, by saving once more
    /// what their handlers add; then commits the transaction it opened for the two.
    /// </summary>
    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not { } context)
        {
            return result;
        }
        var opened = Forget(context);
        try
        {
            if (WithEvents(context).Any())
            {
                await context.SaveChangesAsync(cancellationToken);
            }
            if (opened is not null)
            {
                await opened.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            if (opened is not null)
            {
                await opened.DisposeAsync();
            }
        }
        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && Forget(context) is { } opened)
        {
            await opened.DisposeAsync();
        }
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context?.ChangeTracker.Entries<IRecordsEvents>().Any(e => e.Entity.HasEvents) == true)
        {
            throw new InvalidOperationException("A save with domain events must be asynchronous (SaveChangesAsync): their handlers read the database.");
        }
        return result;
    }

    /// <summary>
    /// Runs the handlers of the events recorded so far, round after round, before the save reads its changes (the
    /// context calls it first thing in its save, before its own bookkeeping; never the interceptor's hooks): a handler
    /// may change another aggregate (a paid deposit confirms its quote), and the context's own bookkeeping of the save
    /// (the sales days, the cached pages) must see that change too.
    /// </summary>
    public async Task DispatchAsync(DbContext context, CancellationToken cancellationToken)
    {
        for (var round = 1; ; round++)
        {
            var taken = WithEvents(context).Where(e => e.State != EntityState.Added).SelectMany(e => e.Entity.TakeEvents()).ToList();
            if (taken.Count == 0)
            {
                return;
            }
            if (round > MaxRounds)
            {
                throw new InvalidOperationException($"Domain events kept raising new ones for {MaxRounds} rounds; a handler raises events in a circle.");
            }
            var dispatcher = DispatcherOf(context);
            foreach (var happened in taken)
            {
                await dispatcher.DispatchAsync(happened, cancellationToken);
            }
        }
    }

    private static IEnumerable<EntityEntry<IRecordsEvents>> WithEvents(DbContext context) =>
        context.ChangeTracker.Entries<IRecordsEvents>().Where(e => e.Entity.HasEvents);

    /// <summary>The transaction this interceptor opened for a save of new aggregates, no longer remembered; null when it opened none.</summary>
    private IDbContextTransaction? Forget(DbContext context)
    {
        if (!_opened.TryGetValue(context, out var opened))
        {
            return null;
        }
        _opened.Remove(context);
        return opened;
    }

    private DomainEventDispatcher DispatcherOf(DbContext context) =>
        _scopes.TryGetValue(context, out var scope)
            ? scope.GetRequiredService<DomainEventDispatcher>()
            : throw new InvalidOperationException("Domain events were recorded on a context that no scope leased; they would be lost.");
}
