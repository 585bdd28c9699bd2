using Portal.Domain.Common;

namespace Portal.Domain.Organizations;

/// <summary>
/// Something that happened to a customer organization, recorded by the method that did it: the organization as it is
/// after the step and the status it left. Saving the organization turns the event into its audit row.
/// </summary>
public abstract record OrganizationEvent(Organization Organization, OrganizationStatus From) : IDomainEvent
{
    /// <summary>The status the step led to.</summary>
    public OrganizationStatus To { get; } = Organization.Status;

    /// <summary>
    /// Recorded on a company never saved (it has no id yet): a step of how it is made (the demo's approved companies, a
    /// test's), not of its history, which starts with its registration.
    /// </summary>
    public bool BeforeFirstSave { get; } = Organization.Id == 0;
}

public sealed record OrganizationApproved(Organization Organization, OrganizationStatus From) : OrganizationEvent(Organization, From);

public sealed record OrganizationSuspended(Organization Organization, OrganizationStatus From, string? Reason) : OrganizationEvent(Organization, From);

public sealed record OrganizationReinstated(Organization Organization, OrganizationStatus From) : OrganizationEvent(Organization, From);

public sealed record OrganizationTierChanged(Organization Organization, OrganizationTier FromTier)
    : OrganizationEvent(Organization, Organization.Status);

/// <param name="Evidence">What the screening found: the name, its score, the listed party and the list version.</param>
public sealed record HeldForScreening(Organization Organization, string Evidence) : OrganizationEvent(Organization, Organization.Status);

/// <param name="Finding">The officer's decision and note.</param>
public sealed record ScreeningCleared(Organization Organization, string ScreenedName, string Finding)
    : OrganizationEvent(Organization, Organization.Status);

/// <summary>The officer confirmed a listed party: the organization is suspended (if it was not already).</summary>
public sealed record ScreeningConfirmed(Organization Organization, OrganizationStatus From, string ScreenedName, string Finding)
    : OrganizationEvent(Organization, From);

public sealed record SiteAdded(Organization Organization, Site Site) : OrganizationEvent(Organization, Organization.Status);

public sealed record SiteChanged(Organization Organization, Site Site) : OrganizationEvent(Organization, Organization.Status);

public sealed record SiteRemoved(Organization Organization, string SiteName) : OrganizationEvent(Organization, Organization.Status);

public sealed record BillingAddressSaved(Organization Organization, BillingAddress Address) : OrganizationEvent(Organization, Organization.Status);

public sealed record BillingAddressRemoved(Organization Organization, BillingAddress Address) : OrganizationEvent(Organization, Organization.Status);

public sealed record BillingDetailsChanged(Organization Organization) : OrganizationEvent(Organization, Organization.Status);
