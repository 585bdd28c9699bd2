using Portal.Domain.Common;

namespace Portal.Domain.Organizations;

/// <summary>A data center of a customer organization, where racks are delivered.</summary>
[ShownOn(ShownOn.OwnOrganization, Organization = nameof(OrganizationId))]
public sealed class Site
{
    public const int NameMaxLength = 120;
    public const int CityMaxLength = 100;
    public const int MaxPowerKw = 1_000_000;

    private Site()
    {
        Name = string.Empty;
        City = string.Empty;
        CountryCode = string.Empty;
    }

    internal Site(Organization organization, string name, string city, string countryCode, int powerAvailableKw, CoolingType cooling)
    {
        OrganizationId = organization.Id;
        Organization = organization;
        Name = string.Empty;
        City = string.Empty;
        CountryCode = string.Empty;
        Update(name, city, countryCode, powerAvailableKw, cooling);
    }

    public int Id { get; private set; }
    public int OrganizationId { get; private set; }
    public Organization? Organization { get; private set; }
    public string Name { get; private set; }
    public string City { get; private set; }
    public string CountryCode { get; private set; }
    public int PowerAvailableKw { get; private set; }
    public CoolingType Cooling { get; private set; }

    internal void Update(string name, string city, string countryCode, int powerAvailableKw, CoolingType cooling)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(powerAvailableKw);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(powerAvailableKw, MaxPowerKw);
        Name = name.Trim();
        City = city.Trim();
        CountryCode = countryCode.ToUpperInvariant();
        PowerAvailableKw = powerAvailableKw;
        Cooling = cooling;
    }
}
