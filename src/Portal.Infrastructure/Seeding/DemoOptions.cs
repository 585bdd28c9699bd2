namespace Portal.Infrastructure.Seeding;

public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Seed the demo organizations and users on start (Development only by default).</summary>
    public bool Seed { get; set; }

    /// <summary>The password of every demo user; it comes from configuration, never from code.</summary>
    public string? Password { get; set; }

    /// <summary>
    /// Where the demo company's ERP receives its webhooks: the receiver the development run starts on the Stripe stand-in
    /// sets it; without one, a loopback port where nothing listens (the discard port), so the demo never looks up a name.
    /// </summary>
    public string ErpWebhookUrl { get; set; } = "http://127.0.0.1:9/demo-erp/webhooks";

    /// <summary>Extra submitted quote requests for the first demo company, for benchmarks of long lists (0: none).</summary>
    public int BulkQuotes { get; set; }
}
