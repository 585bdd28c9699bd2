namespace Portal.Domain.Organizations;

public enum CoolingType
{
    Air,
    Liquid,
}
