namespace Portal.Application.Payments.ReceiveWebhook;

/// <summary>What the portal answers the provider.</summary>
public enum WebhookOutcome
{
    /// <summary>Bad signature, stale timestamp or not an event: 400, nothing changed.</summary>
    Rejected,
    Processed,

    /// <summary>Seen before: acknowledged, no second effect.</summary>
    Duplicate,

    /// <summary>A type the portal does not act on: acknowledged.</summary>
    Ignored,

    /// <summary>About something the portal is changing right now: 503, for the provider to deliver it again.</summary>
    Later,
}
