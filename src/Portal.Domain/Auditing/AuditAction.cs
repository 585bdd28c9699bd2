namespace Portal.Domain.Auditing;

/// <summary>
/// What an audit row says was done, and whether the customer's own timeline shows it. <see cref="Name"/> is what the
/// row keeps (a stable code that reports and integrations look for); <see cref="Label"/> is how people read it, the
/// name itself unless the name is a code ("ComplianceHold" reads "Held for an export licence").
/// </summary>
public sealed record AuditAction(string Name, bool ShownToCustomer, string Label)
{
    /// <summary>A step the customer sees on its timeline.</summary>
    public static AuditAction Shown(string name, string? label = null) => new(name, true, label ?? name);

    /// <summary>A step of the vendor's own, kept from the customer.</summary>
    public static AuditAction StaffOnly(string name, string? label = null) => new(name, false, label ?? name);
}
