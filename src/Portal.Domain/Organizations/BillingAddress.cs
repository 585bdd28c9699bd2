using Portal.Domain.Common;

namespace Portal.Domain.Organizations;

/// <summary>Where a customer company's invoices go; its sites stay where racks are delivered. One of them is the default.</summary>
[ShownOn(ShownOn.OwnOrganization, Organization = nameof(OrganizationId))]
public sealed class BillingAddress
{
    public const int StreetMaxLength = 200;
    public const int PostalCodeMaxLength = 20;
    public const int CityMaxLength = 100;
    public const int RegionMaxLength = 50;

    private BillingAddress()
    {
        Street = string.Empty;
        PostalCode = string.Empty;
        City = string.Empty;
        CountryCode = string.Empty;
    }

    internal BillingAddress(Organization organization, string street, string postalCode, string city, string? region, string countryCode)
        : this()
    {
        OrganizationId = organization.Id;
        Organization = organization;
        Update(street, postalCode, city, region, countryCode);
    }

    public int Id { get; private set; }
    public int OrganizationId { get; private set; }
    public Organization? Organization { get; private set; }
    public string Street { get; private set; }
    public string PostalCode { get; private set; }
    public string City { get; private set; }

    /// <summary>The state, province or region, where the country's post needs one (a US state's two-letter code); otherwise none.</summary>
    public string? Region { get; private set; }
    public string CountryCode { get; private set; }
    public bool IsDefault { get; internal set; }

    internal void Update(string street, string postalCode, string city, string? region, string countryCode)
    {
        Street = street.Trim();
        PostalCode = postalCode.Trim();
        City = city.Trim();
        Region = string.IsNullOrWhiteSpace(region) ? null : region.Trim();
        CountryCode = countryCode.ToUpperInvariant();
    }
}
