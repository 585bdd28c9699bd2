using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Portal.Application.Common;
using Portal.Domain.Common;

namespace Portal.Infrastructure.Outbox;

/// <summary>
/// Runs a sender at start, whenever a commit queued something for it (see <see cref="OutboxWakeUp{TItem}"/>), and
/// otherwise every poll on the injected clock, for the retries that fall due. A failed run is logged and the next one
/// tries again.
/// </summary>
public sealed partial class OutboxWorker<TItem, TSender>(
    IServiceScopeFactory scopes, WakeSignal<TItem> signal, TimeSpan poll, TimeProvider clock, ILogger<OutboxWorker<TItem, TSender>> logger)
    : BackgroundService
    where TItem : OutboxItem
    where TSender : IPortalJob
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            using (var scope = scopes.CreateScope())
            {
                var sender = scope.ServiceProvider.GetRequiredService<TSender>();
                try
                {
                    await sender.RunAsync(stoppingToken);
                }
                catch (Exception failure) when (failure is not OperationCanceledException)
                {
                    LogFailed(logger, sender.Name, failure);
                }
            }
            await signal.WaitAsync(poll, clock, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Sender} failed; the next run tries again.")]
    private static partial void LogFailed(ILogger logger, string sender, Exception failure);
}
