namespace Portal.Application.Common;

public static class PortalRoles
{
    public const string Customer = "Customer";
    public const string Sales = "Sales";
    public const string Admin = "Admin";

    /// <summary>Staff roles, for authorization attributes.</summary>
    public const string Staff = Sales + "," + Admin;

    public static readonly IReadOnlyList<string> All = [Customer, Sales, Admin];
    public static readonly IReadOnlyList<string> StaffRoles = [Sales, Admin];
}
