using Portal.Domain.Catalog;
using Portal.Domain.Common;

namespace Portal.UnitTests.Domain;

public sealed class AvailabilityTests
{
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

        Assert.Equal(new Quarter(2027, 2), Availability.Of(Lifecycle.AllocationLimited, allocations).EarliestQuarter);
        Assert.Equal(new Quarter(2027, 3), Availability.Of(Lifecycle.AllocationLimited, allocations, quantity: 5).EarliestQuarter);
    }

    [Fact]
    public void AnAllocationLimitedProductWithNoFreeUnitsIsSoldOut()
    {
        var availability = Availability.Of(Lifecycle.AllocationLimited, [Allocation(1, 40, 40)]);

        Assert.Equal(AvailabilityKind.SoldOut, availability.Kind);
        Assert.Null(availability.EarliestQuarter);
    }

    [Theory]
    [InlineData(Lifecycle.Available, AvailabilityKind.Available)]
    [InlineData(Lifecycle.PreRelease, AvailabilityKind.PreRelease)]
    [InlineData(Lifecycle.EndOfLife, AvailabilityKind.EndOfLife)]
    public void OtherLifecyclesIgnoreAllocations(Lifecycle lifecycle, AvailabilityKind kind) =>
        Assert.Equal(kind, Availability.Of(lifecycle, [Allocation(1, 40, 40)]).Kind);
}
