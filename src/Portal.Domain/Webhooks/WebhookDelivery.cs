using Portal.Domain.Common;

namespace Portal.Domain.Webhooks;

/// <summary>
/// One event on its way to one endpoint, sent after the commit (see <see cref="OutboxItem"/>): a failed attempt is
/// retried after 1 min, 5 min, 30 min, 2 h and 12 h, and after the sixth it has failed. A replay queues it again now,
/// with a fresh schedule, under the same event id (receivers tell repeats by it).
/// </summary>
[ShownOn(ShownOn.NoKeptPage)]
public sealed class WebhookDelivery : OutboxItem
{
    public const int EventIdLength = 36;
    public const int ErrorMaxLength = 300;

    /// <summary>The waits after the first, second, … failed attempt.</summary>
    public static readonly IReadOnlyList<TimeSpan> Backoff =
        [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2), TimeSpan.FromHours(12)];

    public static int MaxAttempts => Backoff.Count + 1;

    /// <summary>How long a delivery that has ended (delivered or failed) stays in the log.</summary>
    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(90);

    private WebhookDelivery()
    {
        EventId = string.Empty;
        EventType = string.Empty;
        Payload = string.Empty;
    }

    public WebhookDelivery(int endpointId, string eventId, string eventType, string payload, DateTime now)
        : base(now)
    {
        EndpointId = endpointId;
        EventId = eventId;
        EventType = eventType;
        Payload = payload;
    }

    public int EndpointId { get; private set; }
    public string EventId { get; private set; }
    public string EventType { get; private set; }

    /// <summary>The JSON body, exactly as posted and signed.</summary>
    public string Payload { get; private set; }

    public WebhookDeliveryState State { get; private set; }
    public int? LastStatus { get; private set; }
    public string? LastError { get; private set; }
    public DateTime? DeliveredUtc { get; private set; }

    protected override IReadOnlyList<TimeSpan> Waits => Backoff;

    public void Succeed(int status, DateTime now)
    {
        State = WebhookDeliveryState.Delivered;
        LastStatus = status;
        LastError = null;
        DeliveredUtc = now;
        End(now, attempted: true);
    }

    /// <summary>The attempt failed (an HTTP status outside 2xx, or no answer): retried after the next wait, or failed for good.</summary>
    public void Fail(int? status, string error, DateTime now)
    {
        LastStatus = status;
        LastError = error.Length <= ErrorMaxLength ? error : error[..ErrorMaxLength];
        State = Retry(now) ? WebhookDeliveryState.Pending : WebhookDeliveryState.Failed;
    }

    /// <summary>Stops trying without an attempt: its endpoint was disabled while it waited.</summary>
    public void Abandon(string reason, DateTime now)
    {
        State = WebhookDeliveryState.Failed;
        LastError = reason;
        End(now, attempted: false);
    }

    /// <summary>Sends it again now, with the whole retry schedule ahead of it.</summary>
    public void Replay(DateTime now)
    {
        State = WebhookDeliveryState.Pending;
        DeliveredUtc = null;
        Restart(now);
    }
}
