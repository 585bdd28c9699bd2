using Microsoft.EntityFrameworkCore;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Jobs;

/// <summary>
/// The jobs' leases in the database. An instance runs a job only while it holds the job's lease, and renews it with
/// each run; another instance takes the lease over once it has lapsed (its holder stopped, or hangs). Taking is one
/// conditional update, or one insert that loses quietly to a concurrent one, so two instances never both hold it.
/// </summary>
public sealed class JobLeases(PortalDbContext db, PortalInstance instance, TimeProvider clock)
{
    public async Task<bool> TryTakeAsync(string job, TimeSpan length, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + length;
        // No row yet: insert one. When a concurrent insert wins, its row decides: it may be this instance's own.
        return await RenewAsync(job, now, until, cancellationToken)
            || await db.Database.ExecuteSqlAsync(
                $"""INSERT INTO "JobLeases" ("Name", "Holder", "ExpiresUtc") VALUES ({job}, {instance.Id}, {until}) ON CONFLICT ("Name") DO NOTHING""",
                cancellationToken) == 1
            || await RenewAsync(job, now, until, cancellationToken);
    }

    /// <summary>Takes the lease if this instance holds it or it has lapsed.</summary>
    private async Task<bool> RenewAsync(string job, DateTime now, DateTime until, CancellationToken cancellationToken)
    {
        var holder = instance.Id;
        return await db.Set<JobLease>().Where(l => l.Name == job && (l.Holder == holder || l.ExpiresUtc < now))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresUtc, until), cancellationToken) == 1;
    }
}

/// <summary>This running portal, as the holder of job leases: its machine, process and a number of its own.</summary>
public sealed class PortalInstance
{
    public string Id { get; } = Limited($"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}");

    private static string Limited(string id) => id.Length <= JobLease.HolderMaxLength ? id : id[^JobLease.HolderMaxLength..];
}
