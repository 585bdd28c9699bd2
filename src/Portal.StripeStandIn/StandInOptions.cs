namespace Portal.StripeStandIn;

/// <summary>
/// Where the stand-in sends its webhooks and the secret it signs them with (StandIn:WebhookUrl, StandIn:WebhookSecret),
/// and the address its hosted checkout pages are reached at (StandIn:PublicUrl).
/// </summary>
public sealed class StandInOptions
{
    public const string Section = "StandIn";

    public string? WebhookUrl { get; set; }

    public string WebhookSecret { get; set; } = "whsec_standin";

    public string? PublicUrl { get; set; }

    /// <summary>How often a webhook is tried before it is given up: Stripe retries for days, the stand-in a few times.</summary>
    public int WebhookAttempts { get; set; } = 4;

    /// <summary>The wait before the first retry; each next wait is four times longer.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(1);
}
