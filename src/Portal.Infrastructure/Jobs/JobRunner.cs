using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Application.Common;

namespace Portal.Infrastructure.Jobs;

/// <summary>One run of a job, in its own scope, if this instance holds (or takes) the job's lease; logs what it did.</summary>
public sealed partial class JobRunner(IServiceScopeFactory scopes, ILogger<JobRunner> logger)
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
        var done = await job.RunAsync(cancellationToken);
        if (done > 0)
        {
            LogDone(logger, job.Name, done);
        }
        return done;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Job}: {Count} done.")]
    private static partial void LogDone(ILogger logger, string job, int count);
}
