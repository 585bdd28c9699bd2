using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Waitlist;
using Portal.Infrastructure.Jobs;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.ScaleOut;

/// <summary>One instance takes its jobs' leases and keeps them run after run, on either database.</summary>
public abstract class JobLeaseTests(PortalFixture portal)
{
    [SkippableFact]
    public async Task TheInstanceHoldsEachJobsLeaseAndRenewsItWithEveryRun()
    {
        var runner = portal.Factory.Services.GetRequiredService<JobRunner>();
        var instance = portal.Factory.Services.GetRequiredService<PortalInstance>().Id;

        var first = await runner.RunAsync<WaitlistOffers>(TimeSpan.FromMinutes(2), CancellationToken.None);
        var before = await LeaseAsync("Waitlist offers");
        var second = await runner.RunAsync<WaitlistOffers>(TimeSpan.FromMinutes(3), CancellationToken.None);
        var after = await LeaseAsync("Waitlist offers");

        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.Equal((instance, instance), (before.Holder, after.Holder));
        Assert.True(after.ExpiresUtc > before.ExpiresUtc.AddSeconds(50), $"The lease was not renewed: {before.ExpiresUtc:O}, then {after.ExpiresUtc:O}.");
    }

    [SkippableFact]
    public async Task ConcurrentTakesOfANewLeaseByOneInstanceAllHoldIt()
    {
        var job = $"Test job {Guid.NewGuid():N}";
        var services = portal.Factory.Services;

        var taken = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            using var scope = services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<JobLeases>().TryTakeAsync(job, TimeSpan.FromMinutes(1), CancellationToken.None);
        })));

        Assert.All(taken, Assert.True);
    }

    private Task<JobLease> LeaseAsync(string job) =>
        portal.Factory.QueryAsync(db => db.Set<JobLease>().AsNoTracking().SingleAsync(l => l.Name == job));
}

public sealed class JobLeasesOnSqlite(SqlitePortal portal) : JobLeaseTests(portal), IClassFixture<SqlitePortal>;

public sealed class JobLeasesOnPostgreSql(PostgresPortal portal) : JobLeaseTests(portal), IClassFixture<PostgresPortal>;
