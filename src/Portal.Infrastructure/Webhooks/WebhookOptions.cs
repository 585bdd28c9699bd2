namespace Portal.Infrastructure.Webhooks;

/// <summary>The <c>Webhooks</c> settings.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>Lets endpoints be on loopback, private or link-local addresses, and on plain http: for development and tests only.</summary>
    public bool AllowPrivateAddresses { get; set; }

    /// <summary>How long the sender sleeps when nothing woke it: the longest a retry that fell due waits for it.</summary>
    public int PollSeconds { get; set; } = 15;

    /// <summary>How long an endpoint has to answer.</summary>
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>How many deliveries one instance sends at once, so that one slow endpoint does not hold up the others.</summary>
    public int Parallel { get; set; } = 4;
}
