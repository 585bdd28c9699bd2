namespace Portal.Application.Common;

public static class PortalRoles
{
    public const string Customer = "Customer";
    public const string Sales = "Sales";
    public const string Admin = "Admin";

    /// <summary>Reviews restricted-party matches and export-licence holds; admins do too.</summary>
    public const string Compliance = "Compliance";

    /// <summary>Staff roles, for authorization attributes.</summary>
    public const string Staff = Sales + "," + Admin;

    /// <summary>Who may review screenings and holds, for authorization attributes.</summary>
    public const string ComplianceOfficers = Compliance + "," + Admin;

    public static readonly IReadOnlyList<string> All = [Customer, Sales, Admin, Compliance];
    public static readonly IReadOnlyList<string> StaffRoles = [Sales, Admin, Compliance];
}
