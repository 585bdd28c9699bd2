namespace Portal.Domain.Organizations;

/// <summary>
/// Why a company cannot do something that orders supply yet (<paramref name="what"/>: "submit quote requests", "join
/// waitlists"), in words its buyers understand; null when it can.
/// </summary>
public static class OrderingRefusal
{
    public static string? Of(Organization organization, string what) => organization switch
    {
        { Status: OrganizationStatus.Pending } => $"Your company is awaiting approval; you can {what} once an administrator approves it.",
        { Status: OrganizationStatus.Suspended } => "Your company's account is suspended; contact the vendor's sales team.",
        { OnComplianceHold: true } =>
            $"Your company's account is in a routine export-compliance review; you can {what} once it is complete, usually within two working days.",
        _ => null,
    };
}
