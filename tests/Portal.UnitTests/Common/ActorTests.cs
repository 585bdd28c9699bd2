using Portal.Application.Common;

namespace Portal.UnitTests.Common;

/// <summary>Who asks is answered with the portal's own refusal (403), never the file system's exception.</summary>
public sealed class ActorTests
{
    private static Actor Customer => new("buyer", "Buyer", 7, new HashSet<string> { PortalRoles.Customer });

    private static Actor Sales => new("sales", "Sales", null, new HashSet<string> { PortalRoles.Sales });

    [Fact]
    public void ACustomerIsNotAllowedWhatOnlyStaffDo()
    {
        var refused = Assert.Throws<NotAllowedException>(Customer.EnsureStaff);

        Assert.Equal("Only sales and admins can do this.", refused.Message);
    }

    [Fact]
    public void StaffAreNotAllowedWhatOnlyCustomersDo()
    {
        var refused = Assert.Throws<NotAllowedException>(Sales.EnsureCustomer);

        Assert.Contains("customer", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EachPassesItsOwnCheck()
    {
        Sales.EnsureStaff();

        Assert.Equal(7, Customer.CustomerOrganizationId);
    }
}
