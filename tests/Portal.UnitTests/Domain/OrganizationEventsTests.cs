using Portal.Domain.Common;
using Portal.Domain.Organizations;

namespace Portal.UnitTests.Domain;

/// <summary>Each step of an organization records its event, from the status it left to the one it reached; a refused step records nothing.</summary>
public sealed class OrganizationEventsTests
{
    private static Organization Pending() => new("Helios AI Labs", "US", "billing@helios.example", new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc));

    private static Organization Active()
    {
        var organization = Pending();
        organization.Approve();
        organization.TakeEvents();
        return organization;
    }

    private static TEvent Single<TEvent>(Organization organization)
        where TEvent : OrganizationEvent =>
        Assert.IsType<TEvent>(Assert.Single(organization.TakeEvents()));

    [Fact]
    public void ApprovingRecordsFromPendingToActive()
    {
        var organization = Pending();

        organization.Approve();

        var approved = Single<OrganizationApproved>(organization);
        Assert.Equal((OrganizationStatus.Pending, OrganizationStatus.Active), (approved.From, approved.To));
    }

    [Fact]
    public void SuspendingRecordsTheReasonAndReinstatingRecordsTheWayBack()
    {
        var organization = Active();

        organization.Suspend("  Unpaid invoices ");
        var suspended = Single<OrganizationSuspended>(organization);
        organization.Reinstate();
        var reinstated = Single<OrganizationReinstated>(organization);

        Assert.Equal((OrganizationStatus.Active, OrganizationStatus.Suspended, "Unpaid invoices"), (suspended.From, suspended.To, suspended.Reason));
        Assert.Equal((OrganizationStatus.Suspended, OrganizationStatus.Active), (reinstated.From, reinstated.To));
    }

    [Fact]
    public void ABlankReasonIsNone()
    {
        var organization = Active();

        organization.Suspend(" ");

        Assert.Null(Single<OrganizationSuspended>(organization).Reason);
    }

    [Fact]
    public void ARefusedStepRecordsNothing()
    {
        var organization = Active();

        Assert.Throws<DomainException>(organization.Approve);
        Assert.Throws<DomainException>(organization.Reinstate);

        Assert.False(organization.HasEvents);
    }

    [Fact]
    public void SettingTheTierRecordsTheTierItLeft()
    {
        var organization = Active();

        organization.SetTier(OrganizationTier.Strategic);

        var changed = Single<OrganizationTierChanged>(organization);
        Assert.Equal((OrganizationTier.Standard, OrganizationTier.Strategic), (changed.FromTier, changed.Organization.Tier));
    }

    [Fact]
    public void AScreeningHoldRecordsItsEvidence()
    {
        var organization = Active();

        organization.HoldForScreeningReview("'Helios' scored 0.950");

        Assert.Equal("'Helios' scored 0.950", Single<HeldForScreening>(organization).Evidence);
        Assert.True(organization.OnComplianceHold);
    }

    [Fact]
    public void AClearedScreeningLiftsTheHoldOnlyWhenNothingElseAwaitsReview()
    {
        var organization = Active();
        organization.HoldForScreeningReview("two possible matches");
        organization.TakeEvents();

        organization.ClearScreening("Helios AI Labs", "Cleared: not them", nothingElseAwaitsReview: false);
        var first = Single<ScreeningCleared>(organization);
        var heldAfterFirst = organization.OnComplianceHold;
        organization.ClearScreening("Ashburn DC1", "Cleared: a hall", nothingElseAwaitsReview: true);

        Assert.Equal(("Helios AI Labs", "Cleared: not them"), (first.ScreenedName, first.Finding));
        Assert.True(heldAfterFirst);
        Assert.False(organization.OnComplianceHold);
        Assert.Equal("Ashburn DC1", Single<ScreeningCleared>(organization).ScreenedName);
    }

    [Fact]
    public void AConfirmedScreeningSuspendsAndStaysHeld()
    {
        var organization = Active();
        organization.HoldForScreeningReview("a listed party");
        organization.TakeEvents();

        organization.ConfirmScreening("Helios AI Labs", "Confirmed: it is them");

        var confirmed = Single<ScreeningConfirmed>(organization);
        Assert.Equal((OrganizationStatus.Active, OrganizationStatus.Suspended), (confirmed.From, confirmed.To));
        Assert.True(organization.OnComplianceHold);
    }

    [Fact]
    public void SitesAddedChangedAndRemovedAreRecorded()
    {
        var organization = Active();

        var site = organization.AddSite("Ashburn DC1", "Ashburn", "US", 12_000, CoolingType.Liquid);
        var added = Single<SiteAdded>(organization);
        organization.ChangeSite(site, "Ashburn DC2", "Ashburn", "US", 9_000, CoolingType.Air);
        var changed = Single<SiteChanged>(organization);
        organization.RemoveSite(site);

        Assert.Same(site, added.Site);
        Assert.Equal(("Ashburn DC2", 9_000), (changed.Site.Name, changed.Site.PowerAvailableKw));
        Assert.Equal("Ashburn DC2", Single<SiteRemoved>(organization).SiteName);
        Assert.Empty(organization.Sites);
    }

    [Fact]
    public void TakingTheEventsEmptiesTheRecord()
    {
        var organization = Pending();
        organization.Approve();
        organization.SetTier(OrganizationTier.Strategic);

        Assert.Equal(2, organization.TakeEvents().Count);
        Assert.Empty(organization.TakeEvents());
        Assert.False(organization.HasEvents);
    }

    [Fact]
    public void AStepBeforeTheFirstSaveIsHowTheCompanyIsMadeAndOneAfterItIsItsHistory()
    {
        var organization = Pending();
        organization.Approve();
        Assert.True(Single<OrganizationApproved>(organization).BeforeFirstSave);

        typeof(Organization).GetProperty(nameof(Organization.Id))!.SetValue(organization, 7);
        organization.SetTier(OrganizationTier.Strategic);

        Assert.False(Single<OrganizationTierChanged>(organization).BeforeFirstSave);
    }
}
