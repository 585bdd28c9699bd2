namespace Portal.Infrastructure.Seeding;

public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Seed the demo organizations and users on start (Development only by default).</summary>
    public bool Seed { get; set; }

    /// <summary>The password of every demo user; it comes from configuration, never from code.</summary>
    public string? Password { get; set; }
}
