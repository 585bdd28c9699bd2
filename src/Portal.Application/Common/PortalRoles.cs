namespace Portal.Application.Common;

/// <summary>
/// The roles, and the two groups of them the portal names: <b>staff</b> (sales and admins, who work the quotes in the
/// Staff area) and the <b>team</b> (the vendor's own people an admin invites: staff and compliance officers).
/// </summary>
public static class PortalRoles
{
    public const string Customer = "Customer";
    public const string Sales = "Sales";
    public const string Admin = "Admin";

    /// <summary>Reviews restricted-party matches and export-licence holds; admins do too.</summary>
    public const string Compliance = "Compliance";

    /// <summary>Staff: sales and admins, for authorization attributes.</summary>
    public const string Staff = Sales + "," + Admin;

    /// <summary>Who may review screenings and holds, for authorization attributes.</summary>
    public const string ComplianceOfficers = Compliance + "," + Admin;

    public static readonly IReadOnlyList<string> All = [Customer, Sales, Admin, Compliance];

    /// <summary>The team: the roles an admin gives the vendor's own people on the Team page.</summary>
    public static readonly IReadOnlyList<string> Team = [Sales, Admin, Compliance];

    /// <summary>Whether someone is staff (sales or an admin), given how to ask whether they hold a role.</summary>
    public static bool IsStaff(Func<string, bool> isInRole) => isInRole(Sales) || isInRole(Admin);
}
