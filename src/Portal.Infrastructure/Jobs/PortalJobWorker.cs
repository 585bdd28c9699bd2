using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Application.Common;

namespace Portal.Infrastructure.Jobs;

/// <summary>
/// Runs a job at start and then every interval, on a timer driven by the injected <see cref="TimeProvider"/>, while
/// this instance holds the job's lease (twice the interval, renewed by each run): with several instances, one runs it.
/// A failed run is logged and the next one tries again.
/// </summary>
public sealed partial class PortalJobWorker<TJob>(JobRunner runner, TimeProvider clock, TimeSpan interval, ILogger<PortalJobWorker<TJob>> logger)
    : BackgroundService
    where TJob : IPortalJob
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            try
            {
                await runner.RunAsync<TJob>(interval * 2, stoppingToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                LogFailed(logger, typeof(TJob).Name, failure);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Job} failed; the next run tries again.")]
    private static partial void LogFailed(ILogger logger, string job, Exception failure);
}

