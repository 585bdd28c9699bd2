using Portal.Application.Configurations;
using Portal.Application.Configurations.Rules;
using Portal.Domain.Catalog;
using Portal.Domain.Organizations;
using Portal.UnitTests.Builders;

namespace Portal.UnitTests.Configurations.Rules;

/// <summary>Each kind of declared rule: a rack that keeps it, one that breaks it (with the numbers and the fix), and the boundary.</summary>
public sealed class DeclaredRuleTests
{
    private static readonly Product Trn3 = Products.Rack();
    private static readonly Product Trn2 = Products.Rack(generation: "Trn2", powerLimitWatts: 96_000);
    private static readonly Product Sled = Products.Component("TRN3-SLED-8");
    private static readonly Product Server = Products.Component("TRN2-SRV-16", heightU: 5, powerWatts: 10_500, fits: "Trn2");
    private static readonly Product Cdu = Products.Component("CDU-LIQ-150KW", ProductFamily.PowerAndCooling, heightU: 4, powerWatts: 1_800, fits: "Trn3");
    private static readonly Product RearDoor = Products.Component("RDHX-50KW", ProductFamily.PowerAndCooling, heightU: 0, powerWatts: 350, fits: "Trn2");
    private static readonly Product Switch = Products.Switch("EFA-SW-51T", "Trn2", "Trn3");

    private static readonly ProductRef CduRef = new("CDU-LIQ-150KW", "In-rack CDU, 150 kW");

    private static IReadOnlyList<BrokenRule> Check(DeclaredRule rule, ConfigurationCheck check) => new RuleBook([rule]).Check(check);

    private static RackScope Only(Product rack) => new(new HashSet<string> { rack.Sku }, null);

    [Fact]
    public void RequiresPerRackNamesTheNumbersAndAddsWhatIsMissing()
    {
        var rule = new ThermalRule(Checks.Heading("cdu", ThermalRule.Keys, "A {rack} needs {needed} CDU per {kw} kW; has {has}. {fix}."),
            new ProductSet([CduRef]), AboveKw: 0, KwEach: 150);

        var broken = Assert.Single(Check(rule, Checks.For(Trn3, 1, null, (Sled, 8))));

        Assert.Equal("cdu", broken.Rule);
        Assert.Equal("A Trn3 rack needs 1 CDU per 63.6 kW; has 0. Add 1 × In-rack CDU, 150 kW.", broken.Message);
        Assert.Equal(new RuleFix(FixAction.Add, CduRef, 1), broken.Fix);
        Assert.Empty(Check(rule, Checks.For(Trn3, 1, null, (Sled, 8), (Cdu, 1))));
    }

    [Fact]
    public void ACduIsSizedForTheLoadOneForEveryStartedCapacity()
    {
        var rule = new ThermalRule(Checks.Heading("cdu", ThermalRule.Keys, "needs {needed}; has {has}"), new ProductSet([CduRef]), 0, KwEach: 150);
        var hot = Products.Component("HOT", heightU: 1, powerWatts: 10_000);

        // 1.2 + 1.8 + 14 × 10 = 143 kW: one CDU; 15 × 10 = 153 kW: two.
        Assert.Empty(Check(rule, Checks.For(Trn3, 1, null, (hot, 14), (Cdu, 1))));
        var broken = Assert.Single(Check(rule, Checks.For(Trn3, 1, null, (hot, 15), (Cdu, 1))));
        Assert.Equal("needs 2; has 1", broken.Message);
        Assert.Equal(1, broken.Fix!.Quantity);
    }

    [Fact]
    public void ARearDoorIsNeededOnlyAboveTheLimit()
    {
        var rule = new ThermalRule(Checks.Heading("rear-door", ThermalRule.Keys, "Above {above} kW an air-cooled rack needs a rear door; it draws {kw} kW. {fix}."),
            new ProductSet([new ProductRef("RDHX-50KW", "Rear-door heat exchanger, 50 kW")]), AboveKw: 40, KwEach: 0);
        var exactly40 = Products.Component("FORTY", heightU: 1, powerWatts: 38_800, fits: "Trn2");

        Assert.Empty(Check(rule, Checks.For(Trn2, 1, null, (exactly40, 1))));
        Assert.Equal("Above 40 kW an air-cooled rack needs a rear door; it draws 43.2 kW. Add 1 × Rear-door heat exchanger, 50 kW.",
            Assert.Single(Check(rule, Checks.For(Trn2, 1, null, (Server, 4)))).Message);
        Assert.Empty(Check(rule, Checks.For(Trn2, 1, null, (Server, 4), (RearDoor, 1))));
    }

    [Fact]
    public void RequiresOnePerSoManyRacksCountsOverAllRacks()
    {
        var rule = new RequiresRule(Checks.Heading("switches", RequiresRule.Keys, "{racks:rack|racks} {racks?needs|need} {needed:switch|switches}; {has?has|have} {has}. {fix} to each rack."),
            new ProductSet([new ProductRef("EFA-SW-51T", "EFA switch")]), PerRack: 0, PerRacks: 4);

        Assert.Empty(Check(rule, Checks.For(Trn3, 4, null, (Sled, 8), (Switch, 1))));
        Assert.Equal("1 rack needs 1 switch; have 0. Add 1 × EFA switch to each rack.", Assert.Single(Check(rule, Checks.For(Trn3, 1, null, (Sled, 8)))).Message);
        Assert.Equal("9 racks need 3 switches; have 0. Add 1 × EFA switch to each rack.", Assert.Single(Check(rule, Checks.For(Trn3, 9, null, (Sled, 8)))).Message);
    }

    [Fact]
    public void RequiresPerRackAsksForTheGapInEachRack()
    {
        var rule = new RequiresRule(Checks.Heading("two-switches", RequiresRule.Keys, "needs {needed} {product} per rack; has {has}"),
            new ProductSet([new ProductRef("EFA-SW-51T", "EFA switch")]), PerRack: 2, PerRacks: 0);

        var broken = Assert.Single(Check(rule, Checks.For(Trn3, 3, null, (Sled, 8), (Switch, 1))));
        Assert.Equal("needs 2 EFA switch per rack; has 1", broken.Message);
        Assert.Equal(1, broken.Fix!.Quantity);
        Assert.Empty(Check(rule, Checks.For(Trn3, 3, null, (Sled, 8), (Switch, 2))));
    }

    [Theory]
    [InlineData(16, true)]
    [InlineData(18, true)]
    [InlineData(17, false)]
    [InlineData(1, false)]
    [InlineData(0, false)]
    public void AnUltraServerTakesExactlySixteenOrEighteenSleds(int sleds, bool keeps)
    {
        var rule = new CountRule(Checks.Heading("ultraserver-sleds", CountRule.Keys, "An UltraServer takes {allowed} sleds; this one has {has}. {fix}."),
            new ProductSet([new ProductRef("TRN3-SLED-8", "Trainium3 sled")]), [16, 18], 0, int.MaxValue);
        var check = sleds == 0 ? Checks.For(Trn3, 1, null, (Switch, 1)) : Checks.For(Trn3, 1, null, (Sled, sleds), (Switch, 1));

        var broken = Check(rule, check);

        Assert.Equal(keeps, broken.Count == 0);
        if (sleds == 1)
        {
            Assert.Equal("An UltraServer takes 16 or 18 sleds; this one has 1. Put 16 × Trainium3 sled in each rack.", broken[0].Message);
            Assert.Equal(new RuleFix(FixAction.SetCount, new ProductRef("TRN3-SLED-8", "Trainium3 sled"), 16), broken[0].Fix);
        }
    }

    [Theory]
    [InlineData(1, "at least 2")]
    [InlineData(9, "at most 8")]
    public void ACountBetweenBoundsFixesToTheNearestBound(int has, string allowed)
    {
        var min = allowed.StartsWith("at least", StringComparison.Ordinal) ? 2 : 0;
        var max = min == 0 ? 8 : int.MaxValue;
        var rule = new CountRule(Checks.Heading("heads", CountRule.Keys, "{allowed}; has {has}"),
            new ProductSet([new ProductRef("TRN3-SLED-8", "sled")]), [], min, max);

        var broken = Assert.Single(Check(rule, Checks.For(Trn3, 1, null, (Sled, has))));

        Assert.Equal($"{allowed}; has {has}", broken.Message);
        Assert.Equal(has == 1 ? 2 : 8, broken.Fix!.Quantity);
    }

    [Fact]
    public void ExcludedProductsNeverShareARackAndTheFixRemovesTheOther()
    {
        var rule = new ExcludesRule(Checks.Heading("no-rear-door-with-cdu", ExcludesRule.Keys, "{product} and {other} never go together. {fix}."),
            new ProductSet([CduRef]), new ProductSet([new ProductRef("RDHX-50KW", "Rear door")]));
        var both = Products.Component("RDHX-50KW", ProductFamily.PowerAndCooling, heightU: 0, powerWatts: 350);

        Assert.Empty(Check(rule, Checks.For(Trn3, 1, null, (Cdu, 1))));
        var broken = Assert.Single(Check(rule, Checks.For(Trn3, 1, null, (Cdu, 1), (both, 1))));
        Assert.Equal("CDU-LIQ-150KW and RDHX-50KW never go together. Remove Rear door.", broken.Message);
        Assert.Equal(FixAction.Remove, broken.Fix!.Action);
    }

    [Fact]
    public void FitsNamesTheRowAndRemovesWhatDoesNotFit()
    {
        var rule = new FitsRule(Checks.Heading("generation", FitsRule.Keys, "{product} does not fit a {generation} rack; it fits {fits} racks. {fix}."));

        var broken = Assert.Single(Check(rule, Checks.For(Trn3, 1, null, (Sled, 8), (Server, 2))));

        Assert.Equal("Components[1].Sku", broken.Field);
        Assert.Equal("TRN2-SRV-16 does not fit a Trn3 rack; it fits Trn2 racks. Remove TRN2-SRV-16.", broken.Message);
        Assert.Empty(Check(rule, Checks.For(Trn2, 1, null, (Server, 2))));
    }

    [Fact]
    public void SiteRulesNeedASite()
    {
        var rule = new SiteRule(Checks.Heading("power", SiteRule.Keys, "{total} of {available}"), SiteCheck.Power);

        Assert.Empty(Check(rule, Checks.For(Trn3, 10, null, (Sled, 8))));
        Assert.Equal("SiteId", Assert.Single(Check(rule, Checks.For(Trn3, 10, Checks.Site(powerKw: 100), (Sled, 8)))).Field);
    }

    [Fact]
    public void ALiquidCooledRackNeedsLiquidCoolingHoweverLittleItDraws()
    {
        var liquid = Products.Rack(airCoolingLimitWatts: 0);
        var rule = new SiteRule(Checks.Heading("cooling", SiteRule.Keys, "The {rack} is liquid-cooled, and {site} is air-cooled."), SiteCheck.Cooling);

        Assert.True(liquid.Rack!.IsLiquidCooled);
        Assert.Equal("The Trn3 rack is liquid-cooled, and Ashburn DC1 is air-cooled.",
            Assert.Single(Check(rule, Checks.For(liquid, 1, Checks.Site(cooling: CoolingType.Air), (Sled, 1)))).Message);
        Assert.Empty(Check(rule, Checks.For(liquid, 1, Checks.Site(cooling: CoolingType.Liquid), (Sled, 1))));
    }

    [Fact]
    public void ARuleAppliesOnlyToTheRacksItNames()
    {
        var rule = new RequiresRule(Checks.Heading("trn2-only", RequiresRule.Keys, "x", Only(Trn2)),
            new ProductSet([CduRef]), PerRack: 1, PerRacks: 0);

        Assert.Empty(Check(rule, Checks.For(Trn3, 1, null, (Sled, 8))));
        Assert.Single(Check(rule, Checks.For(Trn2, 1, null, (Server, 1))));
    }

    [Fact]
    public void RulesThatAskForComponentsWaitWhileSalesCompletesBareRacks()
    {
        var rule = new RequiresRule(Checks.Heading("switches", RequiresRule.Keys, "x"), new ProductSet([CduRef]), PerRack: 1, PerRacks: 0);

        Assert.Empty(Check(rule, Checks.For(Trn3, 2) with { ComponentsToComplete = true }));
        Assert.Single(Check(rule, Checks.For(Trn3, 2)));
    }
}
