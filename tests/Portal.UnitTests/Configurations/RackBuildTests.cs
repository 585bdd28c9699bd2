using Portal.Domain.Common;
using Portal.Domain.Configurations;
using Portal.Domain.Organizations;
using Portal.UnitTests.Builders;

namespace Portal.UnitTests.Configurations;

public sealed class RackBuildTests
{
    [Fact]
    public void FiguresAreDerivedFromTheRackAndItsComponents()
    {
        var build = new RackBuild(Products.Rack(),
            [new ComponentLine(Products.Component("TRN3-SLED"), 8), new ComponentLine(Products.Switch(), 1)]);

        var bill = build.FacilityBill;

        Assert.Equal(18, bill.UsedU);
        Assert.Equal(48, bill.CapacityU);
        Assert.Equal(65_800, bill.PowerWatts);
        Assert.Equal(224_519, bill.BtuPerHour);
        Assert.Equal(620 + 8 * 38 + 21, bill.WeightKg);
        Assert.Equal(CoolingType.Liquid, bill.Cooling);
        Assert.Equal(new Money(42_000_000 + 8 * 76_000_000 + 9_600_000, "USD"), build.ListPrice);
    }

    [Fact]
    public void ARackAtTheAirCoolingLimitIsStillAirCooled()
    {
        var build = new RackBuild(Products.Rack(airCoolingLimitWatts: 9_000),
            [new ComponentLine(Products.Component("SLED", powerWatts: 7_800), 1)]);

        Assert.Equal(CoolingType.Air, build.CoolingNeeded);
    }

    [Fact]
    public void UnitsForCountTheRackAndEveryComponentAcrossRacks()
    {
        var build = new RackBuild(Products.Rack(), [new ComponentLine(Products.Component("TRN3-SLED"), 8)]);

        Assert.Equal([("RACK-TRN3", 5), ("TRN3-SLED", 40)], build.UnitsFor(5).Select(u => (u.Product.Sku, u.Units)));
    }

    [Fact]
    public void OnlyABaseRackCanCarryComponents() =>
        Assert.Throws<ArgumentException>(() => new RackBuild(Products.Component("SLED"), []));
}
