using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Application.Quotes.Expiry;

namespace Portal.Infrastructure.Jobs;

/// <summary>How often the portal looks for issued quotes past their validity (Quotes:ExpiryCheckMinutes).</summary>
public sealed class QuoteExpiryOptions
{
    public const string Section = "Quotes";

    public int ExpiryCheckMinutes { get; set; } = 5;
}

/// <summary>Runs <see cref="ExpireQuotesHandler"/> on a timer driven by the injected <see cref="TimeProvider"/>.</summary>
public sealed partial class QuoteExpiryWorker(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IOptions<QuoteExpiryOptions> options,
    ILogger<QuoteExpiryWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(Math.Max(1, options.Value.ExpiryCheckMinutes)), clock);
        do
        {
            try
            {
                using var scope = scopes.CreateScope();
                var expired = await scope.ServiceProvider.GetRequiredService<ExpireQuotesHandler>().RunAsync(stoppingToken);
                if (expired > 0)
                {
                    LogExpired(logger, expired);
                }
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                LogFailed(logger, failure);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} issued quotes expired.")]
    private static partial void LogExpired(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Expiring quotes failed; the next run tries again.")]
    private static partial void LogFailed(ILogger logger, Exception failure);
}
