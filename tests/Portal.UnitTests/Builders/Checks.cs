using Portal.Application.Configurations;
using Portal.Application.Configurations.Rules;
using Portal.Domain.Catalog;
using Portal.Domain.Organizations;
using Portal.Domain.Pricing;

namespace Portal.UnitTests.Builders;

/// <summary>Builds what the configuration rules judge: a rack, components per rack, a rack count and maybe a site.</summary>
public static class Checks
{
    public static readonly ConfigurationPolicy Policy = new(MaxComponentQuantityPerRack: 48,
        new VolumeDiscountSchedule([new VolumeTier(1, 0m), new VolumeTier(4, 3m), new VolumeTier(10, 6m)]));

    /// <summary>The rules the portal had in code before vendors declared them, declared for the test products, with their messages.</summary>
    public static readonly RuleBook Rules = new([
        new FitsRule(Heading("generation", FitsRule.Keys, "{product} does not fit a {generation} rack; it fits {fits} racks.")),
        new RequiresRule(Heading("switches", RequiresRule.Keys,
                "{racks:rack|racks} {racks?needs|need} at least {needed:network switch|network switches} (one per {per} racks); add a switch to the configuration."),
            new ProductSet([new ProductRef("EFA-SW", "EFA switch")]), PerRack: 0, PerRacks: 4),
        new SiteRule(Heading("site-power", SiteRule.Keys, "{racks:rack|racks} {racks?draws|draw} {total} kW; {site} has {available} kW available."), SiteCheck.Power),
        new SiteRule(Heading("site-cooling", SiteRule.Keys,
            "Each rack draws {kw} kW, above the {airLimit} kW that air can cool: it needs liquid cooling, and {site} is air-cooled."), SiteCheck.Cooling),
    ]);

    public static RuleHeading Heading(string name, string[] keys, string message, RackScope? scope = null) =>
        new(name, 1, scope ?? RackScope.Every, MessageTemplate.Parse(message, [.. DeclaredRule.CommonKeys, .. keys]));

    public static ConfigurationCheck For(Product? rack, int rackCount = 1, Site? site = null, params (Product Product, int Quantity)[] components) =>
        new(rack?.Sku, rack, components.Select(c => new ComponentCheck(c.Product.Sku, c.Product, c.Quantity)).ToList(), rackCount, site, Policy);

    public static Site Site(int powerKw = 10_000, CoolingType cooling = CoolingType.Liquid)
    {
        var organization = new Organization("Helios AI Labs", "US", "billing@helios.example", DateTime.UtcNow);
        return organization.AddSite("Ashburn DC1", "Ashburn", "US", powerKw, cooling);
    }
}
