using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common;
using Portal.Domain.Common;

namespace Portal.Infrastructure.Outbox;

/// <summary>One attempt at one item of an outbox, in a scope of its own.</summary>
public interface IOutboxAttempt
{
    /// <summary>Whether this sender made the attempt (false when it was not due any more, or another sender took it).</summary>
    Task<bool> MakeAsync(long id, CancellationToken cancellationToken);
}

/// <summary>
/// Sends every item of an outbox that is due (of those that wait, given), a few at once, each attempt in a scope of its
/// own. Any number of instances may run it together: each attempt is claimed by one of them (see <see cref="OutboxItem"/>).
/// </summary>
public abstract class OutboxSender<TItem, TAttempt>(string name, IQueryable<TItem> waiting, int parallel, IServiceScopeFactory scopes, TimeProvider clock)
    : IPortalJob
    where TItem : OutboxItem
    where TAttempt : IOutboxAttempt
{
    private const int Batch = 100;

    public string Name => name;

    /// <summary>Answers how many attempts this instance made.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var made = 0;
        List<long> due;
        do
        {
            var now = clock.GetUtcNow().UtcDateTime;
            due = await waiting.AsNoTracking().Where(i => i.NextAttemptUtc <= now)
                .OrderBy(i => i.NextAttemptUtc).Select(i => i.Id).Take(Batch).ToListAsync(cancellationToken);
            var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallel), CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(due, options, async (id, token) =>
            {
                using var scope = scopes.CreateScope();
                if (await scope.ServiceProvider.GetRequiredService<TAttempt>().MakeAsync(id, token))
                {
                    Interlocked.Increment(ref made);
                }
            });
        }
        while (due.Count == Batch);
        return made;
    }
}
