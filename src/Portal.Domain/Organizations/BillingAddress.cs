using Portal.Domain.Common;

namespace Portal.Domain.Organizations;

/// <summary>Where a customer company's invoices go; its sites stay where racks are delivered. One of them is the default.</summary>
[ShownOn(ShownOn.OwnOrganization, Organization = nameof(OrganizationId))]
public sealed class BillingAddress
{
    public const int StreetMaxLength = 200;
    public const int PostalCodeMaxLength = 20;
    public const int CityMaxLength = 100;

    private BillingAddress()
    {
        Street = string.Empty;
        PostalCode = string.Empty;
        City = string.Empty;
        CountryCode = string.Empty;
    }

    internal BillingAddress(Organization organization, string street, string postalCode, string city, string countryCode)
        : this()
    {
        OrganizationId = organization.Id;
        Organization = organization;
        Update(street, postalCode, city, countryCode);
    }

    public int Id { get; private set; }
    public int OrganizationId { get; private set; }
    public Organization? Organization { get; private set; }
    public string Street { get; private set; }
    public string PostalCode { get; private set; }
    public string City { get; private set; }
    public string CountryCode { get; private set; }
    public bool IsDefault { get; internal set; }

    internal void Update(string street, string postalCode, string city, string countryCode)
    {
        Street = street.Trim();
        PostalCode = postalCode.Trim();
        City = city.Trim();
        CountryCode = countryCode.ToUpperInvariant();
    }
}
