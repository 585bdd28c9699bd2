using Portal.Application.Common;

namespace Portal.UnitTests.Common;

/// <summary>"Staff" is sales and admins; the team an admin invites adds compliance officers.</summary>
public sealed class PortalRolesTests
{
    [Theory]
    [InlineData(PortalRoles.Sales, true)]
    [InlineData(PortalRoles.Admin, true)]
    [InlineData(PortalRoles.Compliance, false)]
    [InlineData(PortalRoles.Customer, false)]
    public void StaffAreSalesAndAdmins(string role, bool isStaff)
    {
        var actor = new Actor("someone", "Someone", null, new HashSet<string> { role });

        Assert.Equal(isStaff, actor.IsStaff);
        Assert.Equal(isStaff, PortalRoles.Staff.Split(',').Contains(role));
    }

    [Fact]
    public void TheTeamIsStaffAndComplianceOfficers() =>
        Assert.Equal([PortalRoles.Sales, PortalRoles.Admin, PortalRoles.Compliance], PortalRoles.Team);
}
