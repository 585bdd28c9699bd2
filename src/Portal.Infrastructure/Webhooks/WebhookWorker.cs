using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Portal.Infrastructure.Webhooks;

/// <summary>
/// Runs the sender at start, whenever a commit queued a delivery (see <see cref="WebhookWakeUp"/>), and otherwise every
/// few seconds on the injected clock, for the retries that fall due. A failed run is logged and the next one tries again.
/// </summary>
public sealed partial class WebhookWorker(
    IServiceScopeFactory scopes, WebhookSignal signal, IOptions<WebhookOptions> options, TimeProvider clock, ILogger<WebhookWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(Math.Max(1, options.Value.PollSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                using var scope = scopes.CreateScope();
                await scope.ServiceProvider.GetRequiredService<WebhookSender>().RunAsync(stoppingToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                LogFailed(logger, failure);
            }
            await signal.WaitAsync(poll, clock, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Sending webhooks failed; the next run tries again.")]
    private static partial void LogFailed(ILogger logger, Exception failure);
}
