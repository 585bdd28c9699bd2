namespace Portal.Domain.Webhooks;

public enum WebhookDeliveryState
{
    /// <summary>Waiting for its next attempt (the first one, a retry, or a replay).</summary>
    Pending,

    /// <summary>The endpoint answered an attempt with a 2xx status.</summary>
    Delivered,

    /// <summary>Every attempt failed; only a replay sends it again.</summary>
    Failed,
}
