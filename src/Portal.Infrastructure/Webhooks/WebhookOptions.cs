namespace Portal.Infrastructure.Webhooks;

/// <summary>The <c>Webhooks</c> settings.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    public const string RefusedInProduction =
        $"{Section}:AllowPrivateAddresses and {Section}:AllowedTestReceivers let webhooks reach this machine and its network: they are "
        + "for development and tests, and Production posts to public addresses only. Remove them from Production's settings.";

    /// <summary>Lets endpoints be on loopback, private or link-local addresses, and on plain http: for tests only (Production refuses to start with it).</summary>
    public bool AllowPrivateAddresses { get; set; }

    /// <summary>
    /// Exact URLs of receivers on this machine that may be registered although they are not public (plain http too), and
    /// whose host and port the sender may connect to: the one allowance the development run needs, for the demo ERP's
    /// receiver it starts beside the portal (see the Stripe stand-in). Nothing else on loopback is let through, and
    /// Production refuses to start with any.
    /// </summary>
    public List<string> AllowedTestReceivers { get; set; } = [];

    /// <summary>How long the sender sleeps when nothing woke it: the longest a retry that fell due waits for it.</summary>
    public int PollSeconds { get; set; } = 15;

    /// <summary>How long an endpoint has to answer.</summary>
    public int TimeoutSeconds { get; set; } = 10;

    /// <summary>How many deliveries one instance sends at once, so that one slow endpoint does not hold up the others.</summary>
    public int Parallel { get; set; } = 4;

    /// <summary>Whether the settings let webhooks reach this machine or its network, which Production refuses.</summary>
    public bool ReachPrivateAddresses => AllowPrivateAddresses || AllowedTestReceivers.Count > 0;
}
