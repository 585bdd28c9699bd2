using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Webhooks;

namespace Portal.Infrastructure.Webhooks;

/// <summary>
/// One attempt of one delivery: claimed first (saved against its version: of two senders only one wins), then posted,
/// signed, and its answer recorded, so that a 2xx delivers it and anything else schedules the next try.
/// </summary>
public sealed class WebhookAttempt(IPortalDb db, IHttpClientFactory clients, TimeProvider clock)
{
    public const string HttpClientName = "Webhooks";

    /// <summary>Whether this sender made the attempt (false when it was not due any more, or another sender took it).</summary>
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
            delivery.Abandon("Not sent: the endpoint was disabled.", Now);
            return await TrySaveAsync(cancellationToken);
        }
        delivery.Claim(Now);
        if (!await TrySaveAsync(cancellationToken))
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
        }
        // Lost only to a replay made meanwhile, which queued it again: that is what counts.
        await TrySaveAsync(cancellationToken);
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
            return response.IsSuccessStatusCode ? (status, null) : (status, $"The endpoint answered {status} {response.ReasonPhrase}.");
        }
        catch (HttpRequestException failure)
        {
            return (null, $"No answer: {failure.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, $"No answer within {client.Timeout.TotalSeconds:0} seconds.");
        }
    }

    private async Task<bool> TrySaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
