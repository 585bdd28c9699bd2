using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common.Events;
using Portal.Domain.Common;

namespace Portal.Infrastructure.Events;

/// <summary>
/// The one place events become side effects: as a save begins, it takes the events the tracked aggregates recorded
/// and has their handlers add the audit rows, mails and webhook deliveries to the same save, so that they commit
/// with the change, inside whatever transaction the use case opened, or not at all. Events that handlers raise are
/// taken in the next round; taking empties an aggregate's record, so a second save hands over only what is new.
/// </summary>
/// <remarks>
/// Pooled contexts outlive a request's scope, so the scope that resolved the context (and holds its handlers and the
/// actor of its unit of work) is remembered per context when the context is handed out as <c>IPortalDb</c>.
/// It runs before the other save interceptors, so that theirs see what the handlers added.
/// </remarks>
public sealed class DomainEventsOnSave : SaveChangesInterceptor
{
    /// <summary>More rounds than any chain of events needs: beyond it, handlers are raising events in a circle.</summary>
    private const int MaxRounds = 10;

    private readonly ConditionalWeakTable<DbContext, IServiceProvider> _scopes = [];

    /// <summary>Remembers the scope the context serves now; answers the context.</summary>
    public TContext Attach<TContext>(TContext context, IServiceProvider scope)
        where TContext : DbContext
    {
        _scopes.AddOrUpdate(context, scope);
        return context;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            await DispatchAsync(context, cancellationToken);
        }
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context?.ChangeTracker.Entries<IRecordsEvents>().Any(e => e.Entity.HasEvents) == true)
        {
            throw new InvalidOperationException("A save with domain events must be asynchronous (SaveChangesAsync): their handlers read the database.");
        }
        return result;
    }

    private async Task DispatchAsync(DbContext context, CancellationToken cancellationToken)
    {
        for (var round = 1; ; round++)
        {
            var taken = context.ChangeTracker.Entries<IRecordsEvents>().SelectMany(e => e.Entity.TakeEvents()).ToList();
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

    private DomainEventDispatcher DispatcherOf(DbContext context) =>
        _scopes.TryGetValue(context, out var scope)
            ? scope.GetRequiredService<DomainEventDispatcher>()
            : throw new InvalidOperationException("Domain events were recorded on a context no scope handed out as IPortalDb; they would be lost.");
}
