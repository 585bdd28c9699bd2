using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common;

namespace Portal.Infrastructure.Jobs;

/// <summary>One run of a job, in its own scope, if this instance holds (or takes) the job's lease.</summary>
public sealed class JobRunner(IServiceScopeFactory scopes)
{
    /// <summary>How much the run did; null when another instance holds the lease and the run was left to it.</summary>
    public async Task<int?> RunAsync<TJob>(TimeSpan lease, CancellationToken cancellationToken)
        where TJob : IPortalJob
    {
        using var scope = scopes.CreateScope();
        var job = scope.ServiceProvider.GetRequiredService<TJob>();
        if (!await scope.ServiceProvider.GetRequiredService<JobLeases>().TryTakeAsync(job.Name, lease, cancellationToken))
        {
            return null;
        }
        return await job.RunAsync(cancellationToken);
    }
}
