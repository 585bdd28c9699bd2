using Portal.Domain.Common;

namespace Portal.Domain.Organizations;

/// <summary>A customer company. It starts Pending and can submit quote requests only once an admin approves it.</summary>
[ShownOn(ShownOn.ReviewQueue | ShownOn.OwnOrganization, Organization = nameof(Id))]
public sealed class Organization : IRecordsEvents
{
    public const int NameMaxLength = 120;
    public const int CountryCodeLength = 2;
    public const int ContactMaxLength = 200;
    public const int TaxIdMaxLength = 30;

    private readonly List<Site> _sites = [];
    private readonly List<BillingAddress> _billingAddresses = [];
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

    /// <summary>Where invoices go; a company registered before billing addresses existed may have none until its administrator adds one.</summary>
    public IReadOnlyCollection<BillingAddress> BillingAddresses => _billingAddresses.AsReadOnly();

    /// <summary>The company's tax id (a VAT number with its country prefix, an EIN, ...), as its country's format writes it.</summary>
    public string? TaxId { get; private set; }

    /// <summary>Whether an approver must give a purchase order number to accept a quote.</summary>
    public bool RequiresPurchaseOrder { get; private set; }

    public BillingAddress? DefaultBillingAddress => _billingAddresses.FirstOrDefault(a => a.IsDefault);

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

    /// <summary>Sets the tax id and whether accepting a quote needs a purchase order number.</summary>
    public void ChangeBillingDetails(string taxId, bool requiresPurchaseOrder)
    {
        TaxId = taxId.Trim();
        RequiresPurchaseOrder = requiresPurchaseOrder;
        Record(new BillingDetailsChanged(this));
    }

    /// <summary>Adds a billing address; the first one is the default.</summary>
    public BillingAddress AddBillingAddress(string street, string postalCode, string city, string? region, string countryCode)
    {
        var address = new BillingAddress(this, street, postalCode, city, region, countryCode) { IsDefault = _billingAddresses.Count == 0 };
        _billingAddresses.Add(address);
        Record(new BillingAddressSaved(this, address));
        return address;
    }

    public void ChangeBillingAddress(BillingAddress address, string street, string postalCode, string city, string? region, string countryCode)
    {
        EnsureOwn(address);
        address.Update(street, postalCode, city, region, countryCode);
        Record(new BillingAddressSaved(this, address));
    }

    public void MakeDefault(BillingAddress address)
    {
        EnsureOwn(address);
        foreach (var each in _billingAddresses)
        {
            each.IsDefault = each == address;
        }
        Record(new BillingAddressSaved(this, address));
    }

    /// <summary>Removes a billing address other than the default: the company keeps one where its invoices go.</summary>
    public void RemoveBillingAddress(BillingAddress address)
    {
        EnsureOwn(address);
        if (address.IsDefault)
        {
            throw new DomainException("The default billing address stays: make another address the default first.");
        }
        _billingAddresses.Remove(address);
        Record(new BillingAddressRemoved(this, address));
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

    private void EnsureOwn(BillingAddress address)
    {
        if (address.OrganizationId != Id)
        {
            throw new ArgumentException($"Billing address {address.Id} is not an address of organization {Id}.", nameof(address));
        }
    }

    private void Record(OrganizationEvent happened) => _events.Add(happened);
}
