using Portal.Application.Configurations;
using Portal.Application.Configurations.Rules;
using Portal.Domain.Catalog;
using Portal.Domain.Organizations;
using Portal.UnitTests.Builders;

namespace Portal.UnitTests.Configurations;

/// <summary>Each rule: a configuration that keeps it passes, one that breaks it gets a buyer's message on the right field.</summary>
public sealed class ConfigurationRulesTests
{
    private static readonly ConfigurationRules Rules = new(Checks.Rules);
    private static readonly Product Rack = Products.Rack();
    private static readonly Product Sled = Products.Component("TRN3-SLED");
    private static readonly Product Switch = Products.Switch();

    private static ConfigurationCheck Valid(int rackCount = 1, Site? site = null) =>
        Checks.For(Rack, rackCount, site ?? Checks.Site(), (Sled, 8), (Switch, 1));

    private static string Problems(ConfigurationCheck check, string field) =>
        string.Join(" | ", Rules.Validate(check).Errors.Where(e => e.PropertyName == field).Select(e => e.ErrorMessage));

    [Fact]
    public void AWellFormedConfigurationKeepsEveryRule() => Assert.Empty(Rules.Validate(Valid(rackCount: 4)).Errors);

    [Fact]
    public void ComponentsMustFitTheRacksUnits()
    {
        var storage = Products.Component("STOR-2U", ProductFamily.Storage, heightU: 2, powerWatts: 1_300);
        Assert.Empty(Problems(Checks.For(Rack, 1, null, (storage, 23), (Switch, 1)), "Components"));

        Assert.Equal("The components take 50 U; the Trn3 rack has 48 U.", Problems(Checks.For(Rack, 1, null, (storage, 24), (Switch, 1)), "Components"));
    }

    [Fact]
    public void PowerMustStayWithinTheRacksShelf()
    {
        var hungry = Products.Component("HOT-SLED", heightU: 1, powerWatts: 20_000);
        Assert.Empty(Problems(Checks.For(Rack, 1, null, (hungry, 7), (Switch, 1)), "Components"));

        Assert.Contains("One rack would draw 183.4 kW; the Trn3 rack supplies at most 160 kW.",
            Problems(Checks.For(Rack, 1, null, (hungry, 9), (Switch, 1)), "Components"));
    }

    [Fact]
    public void TheSiteMustHaveThePowerForAllTheRacks()
    {
        Assert.Empty(Problems(Valid(rackCount: 4, Checks.Site(powerKw: 264)), "SiteId"));

        Assert.Equal("5 racks draw 329 kW; Ashburn DC1 has 300 kW available.", Problems(Valid(rackCount: 5, Checks.Site(powerKw: 300)), "SiteId"));
    }

    [Fact]
    public void ARackAboveTheAirCoolingLimitNeedsLiquidCoolingAtTheSite()
    {
        var light = Checks.For(Rack, 1, Checks.Site(cooling: CoolingType.Air), (Sled, 4), (Switch, 1));
        Assert.Empty(Problems(light, "SiteId"));

        Assert.Equal("Each rack draws 65.8 kW, above the 40 kW that air can cool: it needs liquid cooling, and Ashburn DC1 is air-cooled.",
            Problems(Valid(site: Checks.Site(cooling: CoolingType.Air)), "SiteId"));
    }

    [Fact]
    public void ComponentsMustFitTheRackGeneration()
    {
        var trn2Server = Products.Component("TRN2-SRV", fits: "Trn2");

        Assert.Equal("TRN2-SRV does not fit a Trn3 rack; it fits Trn2 racks.",
            Problems(Checks.For(Rack, 1, null, (trn2Server, 2), (Switch, 1)), "Components[0].Sku"));
    }

    [Fact]
    public void EveryFourRacksNeedANetworkSwitch()
    {
        Assert.Empty(Problems(Checks.For(Rack, 4, null, (Sled, 8), (Switch, 1)), "Components"));
        Assert.Empty(Problems(Checks.For(Rack, 8, null, (Sled, 8), (Switch, 1)), "Components"));

        Assert.Equal("1 rack needs at least 1 network switch (one per 4 racks); add a switch to the configuration.",
            Problems(Checks.For(Rack, 1, null, (Sled, 8)), "Components"));
    }

    [Theory]
    [InlineData(0, "Put between 1 and 48 of TRN3-SLED in a rack.")]
    [InlineData(-3, "Put between 1 and 48 of TRN3-SLED in a rack.")]
    [InlineData(49, "Put between 1 and 48 of TRN3-SLED in a rack.")]
    public void AComponentQuantityMustBeSensible(int quantity, string message) =>
        Assert.Equal(message, Problems(Checks.For(Rack, 1, null, (Sled, quantity), (Switch, 1)), "Components[0].Quantity"));

    [Fact]
    public void AComponentCannotExceedItsOrderLimitAcrossAllRacks()
    {
        var scarce = Products.Component("SCARCE", heightU: 1, powerWatts: 100, maxPerOrder: 10);

        Assert.Equal("One request can hold at most 10 of SCARCE; 3 per rack × 4 racks is 12.",
            Problems(Checks.For(Rack, 4, null, (scarce, 3), (Switch, 1)), "Components[0].Quantity"));
    }

    [Theory]
    [InlineData(0, "Ask for at least one rack.")]
    [InlineData(33, "One request can hold at most 32 Trn3 rack racks.")]
    public void TheRackCountMustBeWithinLimits(int racks, string message) =>
        Assert.Contains(message, Problems(Checks.For(Rack, racks, null, (Sled, 8), (Switch, 9)), "RackCount"));

    [Fact]
    public void EndOfLifeProductsCannotBeOrdered()
    {
        var old = Products.Rack(generation: "Trn1", lifecycle: Lifecycle.EndOfLife);
        var oldSled = Products.Component("OLD-SLED", lifecycle: Lifecycle.EndOfLife);

        Assert.Equal("Trn1 rack is end of life and can no longer be ordered.", Problems(Checks.For(old), "RackSku"));
        Assert.Equal("OLD-SLED is end of life and can no longer be ordered.",
            Problems(Checks.For(Rack, 1, null, (oldSled, 1), (Switch, 1)), "Components[0].Sku"));
    }

    [Fact]
    public void PreReleaseProductsPointToTheReservationList()
    {
        var next = Products.Rack(generation: "Trn4", lifecycle: Lifecycle.PreRelease);

        Assert.Contains("can only be reserved: join its reservation list", Problems(Checks.For(next), "RackSku"));
    }

    [Fact]
    public void UnknownProductsAndMissingRacksAreNamed()
    {
        var unknown = new ConfigurationCheck("NOPE-RACK", null, [new ComponentCheck("NOPE-SLED", null, 1)], 1, null, Checks.Policy);

        Assert.Equal("There is no product NOPE-RACK in the catalog.", Problems(unknown, "RackSku"));
        Assert.Equal("There is no product NOPE-SLED in the catalog.", Problems(unknown, "Components[0].Sku"));
        Assert.Equal("Choose a base rack.", Problems(Checks.For(null), "RackSku"));
    }

    [Fact]
    public void ARackOrAServiceIsNotAComponent()
    {
        Assert.Contains("does not go into a rack",
            Problems(Checks.For(Rack, 1, null, (Products.Service(), 1), (Switch, 1)), "Components[0].Sku"));
        Assert.Contains("is not a base rack", Problems(Checks.For(Sled), "RackSku"));
    }

    [Fact]
    public void AComponentListedTwiceIsRefused() =>
        Assert.Contains("listed twice", Problems(Checks.For(Rack, 1, null, (Sled, 2), (Sled, 3), (Switch, 1)), "Components"));
}
