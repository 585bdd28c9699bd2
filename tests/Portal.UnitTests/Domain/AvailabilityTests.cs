using Portal.Domain.Catalog;
using Portal.Domain.Common;
using Portal.UnitTests.Builders;

namespace Portal.UnitTests.Domain;

public sealed class AvailabilityTests
{
    private static readonly Quarter Now = new(2027, 1);

    private static Allocation Allocation(int quarter, int supply, int taken)
    {
        var allocation = new Allocation(1, new Quarter(2027, quarter), supply);
        allocation.RecordCommitted(taken);
        return allocation;
    }

    [Fact]
    public void AnAllocationLimitedProductIsOfferedFromTheEarliestQuarterWithEnoughFreeUnits()
    {
        var allocations = new[] { Allocation(3, 80, 71), Allocation(1, 40, 40), Allocation(2, 60, 58) };

        Assert.Equal(new Quarter(2027, 2), Availability.Of(Lifecycle.AllocationLimited, allocations, Now).EarliestQuarter);
        Assert.Equal(new Quarter(2027, 3), Availability.Of(Lifecycle.AllocationLimited, allocations, Now, quantity: 5).EarliestQuarter);
    }

    [Fact]
    public void SupplyBeforeTheQuarterTheLeadTimeAllowsIsNotAvailable()
    {
        var allocations = new[] { Allocation(1, 40, 0), Allocation(2, 60, 0), Allocation(3, 80, 80), Allocation(4, 10, 2) };

        var availability = Availability.Of(Lifecycle.AllocationLimited, allocations, new Quarter(2027, 3));

        Assert.Equal((AvailabilityKind.AllocationLimited, new Quarter(2027, 4)), (availability.Kind, availability.EarliestQuarter));
        Assert.Equal(AvailabilityKind.SoldOut, Availability.Of(Lifecycle.AllocationLimited, allocations.Take(3), new Quarter(2027, 3)).Kind);
    }

    [Fact]
    public void AProductIsDeliverableFromTheQuarterItsLeadTimeEndsIn()
    {
        var product = Products.Component("SLED");
        var early = new DateTime(2027, 1, 2, 0, 0, 0, DateTimeKind.Utc);
        var late = new DateTime(2027, 3, 20, 0, 0, 0, DateTimeKind.Utc);

        Assert.Equal(8, product.LeadTimeWeeks);
        Assert.Equal(new Quarter(2027, 1), product.EarliestDelivery(early));
        Assert.Equal(new Quarter(2027, 2), product.EarliestDelivery(late));
        Assert.Equal(new Quarter(2027, 2), Product.EarliestDelivery([Products.Service(), product], late));
        Assert.Equal(new Quarter(2027, 1), Product.EarliestDelivery([], late));
    }

    [Fact]
    public void AnAllocationLimitedProductWithNoFreeUnitsIsSoldOut()
    {
        var availability = Availability.Of(Lifecycle.AllocationLimited, [Allocation(1, 40, 40)], Now);

        Assert.Equal(AvailabilityKind.SoldOut, availability.Kind);
        Assert.Null(availability.EarliestQuarter);
    }

    [Theory]
    [InlineData(Lifecycle.Available, AvailabilityKind.Available)]
    [InlineData(Lifecycle.PreRelease, AvailabilityKind.PreRelease)]
    [InlineData(Lifecycle.EndOfLife, AvailabilityKind.EndOfLife)]
    public void OtherLifecyclesIgnoreAllocations(Lifecycle lifecycle, AvailabilityKind kind) =>
        Assert.Equal(kind, Availability.Of(lifecycle, [Allocation(1, 40, 40)], Now).Kind);
}
