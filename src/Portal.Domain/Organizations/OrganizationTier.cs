namespace Portal.Domain.Organizations;

public enum OrganizationTier
{
    Standard,
    Strategic,
}
