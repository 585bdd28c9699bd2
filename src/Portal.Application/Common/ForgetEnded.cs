using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;

namespace Portal.Application.Common;

/// <summary>Forgets the items of an outbox that have ended (sent, or given up) and were queued more than so long ago.</summary>
public abstract class ForgetEnded<TItem>(string name, IQueryable<TItem> items, TimeSpan keptFor, TimeProvider clock) : IPortalJob
    where TItem : OutboxItem
{
    public string Name => name;

    public Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var before = clock.GetUtcNow().UtcDateTime - keptFor;
        return items.Where(i => i.NextAttemptUtc == null && i.CreatedUtc < before).ExecuteDeleteAsync(cancellationToken);
    }
}
