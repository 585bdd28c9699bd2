namespace Portal.Benchmarks;

/// <summary>The customer the portal seeds when started with Demo:Seed.</summary>
internal static class DemoBuyer
{
    public const string Email = "buyer@helios.example";
    public const string Password = "Demo-Portal-2026";

    /// <summary>The demo's salesperson, who works the review queue.</summary>
    public const string SalesEmail = "sales@northwind.example";

    /// <summary>The demo's admin, who sees every waitlist.</summary>
    public const string AdminEmail = "admin@northwind.example";
}
