namespace Portal.Domain.Auditing;

/// <summary>What an audit row says was done, and whether the customer's own timeline shows it.</summary>
public sealed record AuditAction(string Name, bool ShownToCustomer)
{
    /// <summary>A step the customer sees on its timeline.</summary>
    public static AuditAction Shown(string name) => new(name, true);

    /// <summary>A step of the vendor's own, kept from the customer.</summary>
    public static AuditAction StaffOnly(string name) => new(name, false);
}
