using Portal.Domain.Common;

namespace Portal.Domain.Organizations;

/// <summary>A customer company. It starts Pending and can submit quote requests only once an admin approves it.</summary>
[ShownOn(ShownOn.ReviewQueue | ShownOn.OwnOrganization, Organization = nameof(Id))]
public sealed class Organization : IRecordsEvents
{
    public const int NameMaxLength = 120;
    public const int CountryCodeLength = 2;
    public const int ContactMaxLength = 200;

    private readonly List<Site> _sites = [];
    private readonly List<IDomainEvent> _events = [];

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
    /// <param name="evidence">What the screening found, for the audit trail.</param>
    public void HoldForScreeningReview(string? evidence = null)
    {
        OnComplianceHold = true;
        Record(new HeldForScreening(this, evidence ?? string.Empty));
    }

    /// <summary>An officer cleared a possible match of <paramref name="screenedName"/>; the hold lifts when nothing else awaits review.</summary>
    public void ClearScreening(string screenedName, string finding, bool nothingElseAwaitsReview)
    {
        if (nothingElseAwaitsReview)
        {
            OnComplianceHold = false;
        }
        Record(new ScreeningCleared(this, screenedName, finding));
    }

    /// <summary>An officer confirmed that <paramref name="screenedName"/> is a listed party: the organization is suspended and stays held.</summary>
    public void ConfirmScreening(string screenedName, string finding)
    {
        var from = Status;
        Status = OrganizationStatus.Suspended;
        Record(new ScreeningConfirmed(this, from, screenedName, finding));
    }

    public static string Normalize(string name) =>
        string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    public void Approve()
    {
        if (Status != OrganizationStatus.Pending)
        {
            throw new DomainException($"Only a pending organization can be approved; {Name} is {Status}.");
        }
        Status = OrganizationStatus.Active;
        Record(new OrganizationApproved(this, OrganizationStatus.Pending));
    }

    public void Suspend() => Suspend(null);

    public void Suspend(string? reason)
    {
        if (Status == OrganizationStatus.Suspended)
        {
            throw new DomainException($"{Name} is already suspended.");
        }
        var from = Status;
        Status = OrganizationStatus.Suspended;
        Record(new OrganizationSuspended(this, from, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()));
    }

    public void Reinstate()
    {
        if (Status != OrganizationStatus.Suspended)
        {
            throw new DomainException($"Only a suspended organization can be reinstated; {Name} is {Status}.");
        }
        Status = OrganizationStatus.Active;
        Record(new OrganizationReinstated(this, OrganizationStatus.Suspended));
    }

    public void SetTier(OrganizationTier tier)
    {
        var from = Tier;
        Tier = tier;
        Record(new OrganizationTierChanged(this, from));
    }

    public Site AddSite(string name, string city, string countryCode, int powerAvailableKw, CoolingType cooling)
    {
        var site = new Site(this, name, city, countryCode, powerAvailableKw, cooling);
        _sites.Add(site);
        Record(new SiteAdded(this, site));
        return site;
    }

    public void ChangeSite(Site site, string name, string city, string countryCode, int powerAvailableKw, CoolingType cooling)
    {
        EnsureOwn(site);
        site.Update(name, city, countryCode, powerAvailableKw, cooling);
        Record(new SiteChanged(this, site));
    }

    public void RemoveSite(Site site)
    {
        EnsureOwn(site);
        _sites.Remove(site);
        Record(new SiteRemoved(this, site.Name));
    }

    /// <inheritdoc/>
    public bool HasEvents => _events.Count > 0;

    /// <inheritdoc/>
    public IReadOnlyList<IDomainEvent> TakeEvents()
    {
        var taken = _events.ToList();
        _events.Clear();
        return taken;
    }

    private void EnsureOwn(Site site)
    {
        if (site.OrganizationId != Id)
        {
            throw new ArgumentException($"Site {site.Id} is not a site of organization {Id}.", nameof(site));
        }
    }

    private void Record(OrganizationEvent happened) => _events.Add(happened);
}
