using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace Portal.StripeStandIn;

/// <summary>
/// Delivers each event to the configured endpoint, signed, one at a time in the order they happened; a delivery that
/// fails (no answer, or not 2xx) is retried after 1, 4, 16 ... seconds until its attempts run out, as Stripe retries.
/// </summary>
public sealed partial class WebhookDispatcher(IHttpClientFactory clients, IOptions<StandInOptions> options, TimeProvider clock, ILogger<WebhookDispatcher> logger)
    : BackgroundService
{
    public const string Client = "webhooks";

    private readonly Channel<StripeEvent> _queue = Channel.CreateUnbounded<StripeEvent>();

    public void Send(StripeEvent stripeEvent) => _queue.Writer.TryWrite(stripeEvent);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var stripeEvent in _queue.Reader.ReadAllAsync(stoppingToken))
            {
                if (options.Value.WebhookUrl is { } url)
                {
                    await DeliverAsync(stripeEvent, new Uri(url), stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what is still queued is not delivered, as Stripe's own test events stop with the account.
        }
    }

    private async Task DeliverAsync(StripeEvent stripeEvent, Uri url, CancellationToken stoppingToken)
    {
        var body = StripeJson.Serialize(stripeEvent);
        var delay = options.Value.FirstRetryDelay;
        for (var attempt = 1; attempt <= options.Value.WebhookAttempts; attempt++)
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
                request.Headers.Add(WebhookSigner.Header, WebhookSigner.Sign(body, options.Value.WebhookSecret, clock.GetUtcNow()));
                using var response = await clients.CreateClient(Client).SendAsync(request, stoppingToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
                LogRefused(logger, stripeEvent.Type, stripeEvent.Id, (int)response.StatusCode, attempt);
            }
            catch (HttpRequestException failure)
            {
                LogUnreachable(logger, stripeEvent.Type, stripeEvent.Id, attempt, failure);
            }
            if (attempt < options.Value.WebhookAttempts)
            {
                await Task.Delay(delay, clock, stoppingToken);
                delay *= 4;
            }
        }
        LogGivenUp(logger, stripeEvent.Type, stripeEvent.Id);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook {Type} {Id} answered {Status} on attempt {Attempt}.")]
    private static partial void LogRefused(ILogger logger, string type, string id, int status, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook {Type} {Id} could not be delivered on attempt {Attempt}.")]
    private static partial void LogUnreachable(ILogger logger, string type, string id, int attempt, Exception failure);

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook {Type} {Id} given up.")]
    private static partial void LogGivenUp(ILogger logger, string type, string id);
}
