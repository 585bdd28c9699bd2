namespace Portal.Infrastructure.Identity;

public static class PortalClaims
{
    public const string OrganizationId = "portal:organization";
    public const string FullName = "portal:name";
}
