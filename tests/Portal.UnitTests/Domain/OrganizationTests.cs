using Portal.Domain.Common;
using Portal.Domain.Organizations;

namespace Portal.UnitTests.Domain;

public sealed class OrganizationTests
{
    private static Organization NewOrganization() => new("  Helios  AI Labs ", "us", "billing@helios.example", new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc));

    [Fact]
    public void ANewOrganizationIsPendingStandardAndCannotSubmitQuotes()
    {
        var organization = NewOrganization();

        Assert.Equal(OrganizationStatus.Pending, organization.Status);
        Assert.Equal(OrganizationTier.Standard, organization.Tier);
        Assert.False(organization.CanSubmitQuotes);
        Assert.Equal("Helios  AI Labs", organization.Name);
        Assert.Equal("US", organization.CountryCode);
    }

    [Fact]
    public void TheNormalizedNameIgnoresCaseAndSpacing() =>
        Assert.Equal(Organization.Normalize("helios ai   LABS"), NewOrganization().NormalizedName);

    [Fact]
    public void ApprovingMakesItActive()
    {
        var organization = NewOrganization();

        organization.Approve();

        Assert.Equal(OrganizationStatus.Active, organization.Status);
        Assert.True(organization.CanSubmitQuotes);
    }

    [Fact]
    public void ApprovingTwiceIsRefused()
    {
        var organization = NewOrganization();
        organization.Approve();

        var refused = Assert.Throws<DomainException>(organization.Approve);

        Assert.Contains("Only a pending organization can be approved", refused.Message);
    }

    [Fact]
    public void SuspendingAndReinstatingFollowEachOther()
    {
        var organization = NewOrganization();
        organization.Approve();

        organization.Suspend();
        Assert.Throws<DomainException>(organization.Suspend);
        Assert.False(organization.CanSubmitQuotes);
        organization.Reinstate();

        Assert.Equal(OrganizationStatus.Active, organization.Status);
        Assert.Throws<DomainException>(organization.Reinstate);
    }

    [Fact]
    public void APendingOrganizationCanBeSuspendedButNotReinstatedBeforeThat()
    {
        var organization = NewOrganization();

        Assert.Throws<DomainException>(organization.Reinstate);
        organization.Suspend();

        Assert.Equal(OrganizationStatus.Suspended, organization.Status);
    }

    [Fact]
    public void ASiteBelongsToItsOrganizationAndRefusesImpossiblePower()
    {
        var organization = NewOrganization();

        var site = organization.AddSite(" Ashburn DC1 ", "Ashburn", "us", 12_000, CoolingType.Liquid);

        Assert.Same(site, Assert.Single(organization.Sites));
        Assert.Equal("Ashburn DC1", site.Name);
        Assert.Equal("US", site.CountryCode);
        Assert.Throws<ArgumentOutOfRangeException>(() => organization.ChangeSite(site, "x", "y", "US", 0, CoolingType.Air));
        Assert.Throws<ArgumentOutOfRangeException>(() => organization.ChangeSite(site, "x", "y", "US", Site.MaxPowerKw + 1, CoolingType.Air));
    }
}
