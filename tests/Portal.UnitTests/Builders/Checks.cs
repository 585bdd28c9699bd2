using Portal.Application.Configurations;
using Portal.Domain.Catalog;
using Portal.Domain.Organizations;
using Portal.Domain.Pricing;

namespace Portal.UnitTests.Builders;

/// <summary>Builds what the configuration rules judge: a rack, components per rack, a rack count and maybe a site.</summary>
public static class Checks
{
    public static readonly ConfigurationPolicy Policy = new(RacksPerNetworkSwitch: 4, MaxComponentQuantityPerRack: 48,
        new VolumeDiscountSchedule([new VolumeTier(1, 0m), new VolumeTier(4, 3m), new VolumeTier(10, 6m)]));

    public static ConfigurationCheck For(Product? rack, int rackCount = 1, Site? site = null, params (Product Product, int Quantity)[] components) =>
        new(rack?.Sku, rack, components.Select(c => new ComponentCheck(c.Product.Sku, c.Product, c.Quantity)).ToList(), rackCount, site, Policy);

    public static Site Site(int powerKw = 10_000, CoolingType cooling = CoolingType.Liquid)
    {
        var organization = new Organization("Helios AI Labs", "US", "billing@helios.example", DateTime.UtcNow);
        return organization.AddSite("Ashburn DC1", "Ashburn", "US", powerKw, cooling);
    }
}
