namespace Portal.Application.Accounts;

/// <summary>The claims the portal adds to a signed-in user's identity, beside Identity's name, id and roles.</summary>
public static class PortalClaims
{
    public const string OrganizationId = "portal:organization";
    public const string FullName = "portal:name";
    public const string CompanyRoles = "portal:company-roles";
    public const string ApprovalLimit = "portal:approval-limit";
}
