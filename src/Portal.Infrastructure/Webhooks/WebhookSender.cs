using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Application.Common;
using Portal.Domain.Webhooks;

namespace Portal.Infrastructure.Webhooks;

/// <summary>
/// Sends every delivery that is due, a few at once, each attempt in a scope of its own (see <see cref="WebhookAttempt"/>).
/// Any number of instances may run it together: each attempt is claimed by one of them.
/// </summary>
public sealed class WebhookSender(IPortalDb db, IServiceScopeFactory scopes, IOptions<WebhookOptions> options, TimeProvider clock) : IPortalJob
{
    private const int Batch = 100;

    public string Name => "Webhook deliveries";

    /// <summary>Answers how many attempts this instance made.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var made = 0;
        List<long> due;
        do
        {
            var now = clock.GetUtcNow().UtcDateTime;
            due = await db.WebhookDeliveries.AsNoTracking()
                .Where(d => d.State == WebhookDeliveryState.Pending && d.NextAttemptUtc <= now)
                .OrderBy(d => d.NextAttemptUtc).Select(d => d.Id).Take(Batch).ToListAsync(cancellationToken);
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.Parallel), CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(due, parallel, async (id, token) =>
            {
                using var scope = scopes.CreateScope();
                if (await scope.ServiceProvider.GetRequiredService<WebhookAttempt>().MakeAsync(id, token))
                {
                    Interlocked.Increment(ref made);
                }
            });
        }
        while (due.Count == Batch);
        return made;
    }
}
