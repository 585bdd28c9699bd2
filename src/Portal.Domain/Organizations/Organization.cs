using Portal.Domain.Common;

namespace Portal.Domain.Organizations;

/// <summary>A customer company. It starts Pending and can submit quote requests only once an admin approves it.</summary>
[ShownOn(ShownOn.ReviewQueue | ShownOn.OwnOrganization, Organization = nameof(Id))]
public sealed class Organization
{
    public const int NameMaxLength = 120;
    public const int CountryCodeLength = 2;
    public const int ContactMaxLength = 200;

    private readonly List<Site> _sites = [];

    private Organization()
    {
        Name = string.Empty;
        CountryCode = string.Empty;
        NormalizedName = string.Empty;
        BillingEmail = string.Empty;
    }

    public Organization(string name, string countryCode, string billingEmail, DateTime createdUtc)
    {
        Name = name.Trim();
        NormalizedName = Normalize(name);
        CountryCode = countryCode.ToUpperInvariant();
        BillingEmail = billingEmail.Trim();
        CreatedUtc = createdUtc;
        Status = OrganizationStatus.Pending;
        Tier = OrganizationTier.Standard;
    }

    public int Id { get; private set; }
    public string Name { get; private set; }

    /// <summary>The name folded for uniqueness: two companies cannot register under names that differ only in case or spacing.</summary>
    public string NormalizedName { get; private set; }

    public string CountryCode { get; private set; }
    public string BillingEmail { get; private set; }
    public OrganizationTier Tier { get; private set; }
    public OrganizationStatus Status { get; private set; }
    public DateTime CreatedUtc { get; private set; }
    public IReadOnlyCollection<Site> Sites => _sites.AsReadOnly();

    /// <summary>Restricted-party screening found a possible match that a compliance officer has not reviewed yet.</summary>
    public bool OnComplianceHold { get; private set; }

    public bool CanSubmitQuotes => Status == OrganizationStatus.Active && !OnComplianceHold;

    /// <summary>Holds it until every possible match of its screenings is reviewed.</summary>
    public void HoldForScreeningReview() => OnComplianceHold = true;

    public void ReleaseScreeningHold() => OnComplianceHold = false;

    public static string Normalize(string name) =>
        string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    public void Approve()
    {
        if (Status != OrganizationStatus.Pending)
        {
            throw new DomainException($"Only a pending organization can be approved; {Name} is {Status}.");
        }
        Status = OrganizationStatus.Active;
    }

    public void Suspend()
    {
        if (Status == OrganizationStatus.Suspended)
        {
            throw new DomainException($"{Name} is already suspended.");
        }
        Status = OrganizationStatus.Suspended;
    }

    public void Reinstate()
    {
        if (Status != OrganizationStatus.Suspended)
        {
            throw new DomainException($"Only a suspended organization can be reinstated; {Name} is {Status}.");
        }
        Status = OrganizationStatus.Active;
    }

    public void SetTier(OrganizationTier tier) => Tier = tier;

    public Site AddSite(string name, string city, string countryCode, int powerAvailableKw, CoolingType cooling)
    {
        var site = new Site(this, name, city, countryCode, powerAvailableKw, cooling);
        _sites.Add(site);
        return site;
    }
}
