using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Application.Common;
using Portal.Domain.Webhooks;
using Portal.Infrastructure.Outbox;

namespace Portal.Infrastructure.Webhooks;

/// <summary>
/// One attempt of one delivery: claimed first (saved against its version: of two senders only one wins), then posted,
/// signed, and its answer recorded, so that a 2xx delivers it and anything else schedules the next try.
/// </summary>
public sealed partial class WebhookAttempt(IPortalDb db, IHttpClientFactory clients, TimeProvider clock, ILogger<WebhookAttempt> logger)
    : IOutboxAttempt
{
    public const string HttpClientName = "Webhooks";

    public async Task<bool> MakeAsync(long deliveryId, CancellationToken cancellationToken)
    {
        var delivery = await db.WebhookDeliveries.SingleOrDefaultAsync(d => d.Id == deliveryId, cancellationToken);
        var endpoint = delivery is null ? null : await db.WebhookEndpoints.AsNoTracking().SingleOrDefaultAsync(e => e.Id == delivery.EndpointId, cancellationToken);
        if (delivery is null || endpoint is null || !delivery.IsDue(Now))
        {
            return false;
        }
        if (endpoint.IsDisabled)
        {
            delivery.Abandon(WebhookOutcome.Disabled, Now);
            return await db.TrySaveAsync(cancellationToken);
        }
        delivery.Claim(Now);
        if (!await db.TrySaveAsync(cancellationToken))
        {
            return false;
        }
        var (status, error) = await PostAsync(endpoint, delivery, cancellationToken);
        if (error is null)
        {
            delivery.Succeed(status!.Value, Now);
        }
        else
        {
            delivery.Fail(status, error, Now);
            LogFailed(logger, delivery.Id, endpoint.Id, delivery.Attempts, error);
        }
        // Lost only to a replay made meanwhile, which queued it again: that is what counts.
        await db.TrySaveAsync(cancellationToken);
        return true;
    }

    private async Task<(int? Status, string? Error)> PostAsync(WebhookEndpoint endpoint, WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url);
        request.Content = new StringContent(delivery.Payload, Encoding.UTF8, "application/json");
        request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(endpoint.Secret, clock.GetUtcNow(), delivery.Payload));
        request.Headers.Add("Portal-Event", delivery.EventType);
        request.Headers.Add("Portal-Delivery", delivery.Id.ToString(CultureInfo.InvariantCulture));
        var client = clients.CreateClient(HttpClientName);
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var status = (int)response.StatusCode;
            return response.IsSuccessStatusCode ? (status, null) : (status, WebhookOutcome.Status(status));
        }
        catch (HttpRequestException failure)
        {
            return (null, failure.InnerException is WebhookAddressRefused refused ? refused.Outcome : WebhookOutcome.ConnectionFailed);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, WebhookOutcome.TimedOut(client.Timeout));
        }
    }

    /// <summary>An endpoint that fails is the customer's to mend, and is retried: one line, no stack trace.</summary>
    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook delivery {DeliveryId} to endpoint {EndpointId} failed at attempt {Attempt}: {Outcome}.")]
    private static partial void LogFailed(ILogger logger, long deliveryId, int endpointId, int attempt, string outcome);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
