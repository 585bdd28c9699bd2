namespace Portal.Domain.Organizations;

public enum OrganizationStatus
{
    Pending,
    Active,
    Suspended,
}
