using Portal.Domain.Catalog;
using Portal.Domain.Common;

namespace Portal.UnitTests.Domain;

public sealed class AllocationTests
{
    private static readonly Quarter Q1 = new(2027, 1);

    [Fact]
    public void FreeUnitsAreSupplyLessHeldAndCommitted()
    {
        var allocation = new Allocation(1, Q1, 60);

        allocation.RecordCommitted(58);

        Assert.Equal(2, allocation.Free);
    }

    [Fact]
    public void CommittingMoreThanIsFreeIsRefused()
    {
        var allocation = new Allocation(1, Q1, 60);
        allocation.RecordCommitted(58);

        var refused = Assert.Throws<DomainException>(() => allocation.RecordCommitted(3));

        Assert.Contains("Only 2 units are free", refused.Message);
        Assert.Equal(58, allocation.Committed);
    }

    [Fact]
    public void SupplyCannotDropBelowWhatIsTaken()
    {
        var allocation = new Allocation(1, Q1, 60);
        allocation.RecordCommitted(40);

        Assert.Throws<DomainException>(() => allocation.SetSupply(39));
        allocation.SetSupply(40);

        Assert.Equal(0, allocation.Free);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(Allocation.MaxSupply + 1)]
    public void SupplyOutsideItsRangeIsRefused(int supply) =>
        Assert.Throws<DomainException>(() => new Allocation(1, Q1, supply));
}
