using Portal.Domain.Catalog;
using Portal.Domain.Common;

namespace Portal.UnitTests.Builders;

/// <summary>Catalog products for tests, shaped like the demo vendor's, with only what a test changes spelled out.</summary>
public static class Products
{
    public static Product Rack(string generation = "Trn3", int capacityU = 48, int powerLimitWatts = 160_000,
        int airCoolingLimitWatts = 40_000, Lifecycle lifecycle = Lifecycle.Available, long priceMinor = 42_000_000, int maxPerOrder = 32) =>
        new($"RACK-{generation}", ProductFamily.AcceleratorRack,
            Details($"{generation} rack", lifecycle, priceMinor, heightU: capacityU, powerWatts: 1_200, weightKg: 620, maxPerOrder),
            new RackSpecification(generation, capacityU, powerLimitWatts, airCoolingLimitWatts), [], []);

    public static Product Component(string sku, ProductFamily family = ProductFamily.AcceleratorSled, int heightU = 2,
        int powerWatts = 7_800, int weightKg = 38, long priceMinor = 76_000_000, Lifecycle lifecycle = Lifecycle.Available,
        int maxPerOrder = 576, params string[] fits) =>
        new(sku, family, Details(sku, lifecycle, priceMinor, heightU, powerWatts, weightKg, maxPerOrder), null,
            fits.Length == 0 ? ["Trn3"] : fits, []);

    public static Product Switch(string sku = "EFA-SW", params string[] fits) =>
        Component(sku, ProductFamily.NetworkSwitch, heightU: 2, powerWatts: 2_200, weightKg: 21, priceMinor: 9_600_000, fits: fits);

    public static Product Service(string sku = "SVC-INSTALL") =>
        new(sku, ProductFamily.Service, Details(sku, Lifecycle.Available, 1_800_000, 0, 0, 0, 500), null, [], []);

    private static ProductDetails Details(string name, Lifecycle lifecycle, long priceMinor, int heightU, int powerWatts, int weightKg, int maxPerOrder) =>
        new(name, string.Empty, lifecycle, new Money(priceMinor, "USD"), 8, heightU, powerWatts, weightKg, maxPerOrder);
}
