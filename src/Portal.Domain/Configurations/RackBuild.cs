using Portal.Domain.Catalog;
using Portal.Domain.Common;
using Portal.Domain.Organizations;

namespace Portal.Domain.Configurations;

/// <summary>
/// A rack as built: one base rack and the components in it, what the configurator checks and the quote draws; every
/// figure is derived, never stored apart from its parts.
/// </summary>
public sealed class RackBuild
{
    public RackBuild(Product rack, IEnumerable<ComponentLine> components)
    {
        if (rack.Rack is null)
        {
            throw new ArgumentException($"{rack.Sku} is not a base rack.", nameof(rack));
        }
        Rack = rack;
        Components = components.ToList();
    }

    public Product Rack { get; }

    public RackSpecification Specification => Rack.Rack!;

    public IReadOnlyList<ComponentLine> Components { get; }

    public int UsedU => Components.Sum(c => c.Product.HeightU * c.Quantity);

    public long PowerWatts => Rack.PowerWatts + Components.Sum(c => (long)c.Product.PowerWatts * c.Quantity);

    public long WeightKg => Rack.WeightKg + Components.Sum(c => (long)c.Product.WeightKg * c.Quantity);

    public CoolingType CoolingNeeded =>
        PowerWatts > Specification.AirCoolingLimitWatts ? CoolingType.Liquid : CoolingType.Air;

    public FacilityBill FacilityBill => new(PowerWatts, UsedU, Specification.CapacityU, WeightKg, CoolingNeeded);

    /// <summary>The list price of one rack as configured: the base rack and every component.</summary>
    public Money ListPrice => Components.Aggregate(Rack.ListPrice, (sum, c) => sum + c.Product.ListPrice.Times(c.Quantity));

    /// <summary>How many of each product the given number of racks takes, the rack itself included.</summary>
    public IEnumerable<(Product Product, int Units)> UnitsFor(int rackCount) =>
        Components.GroupBy(c => c.Product.Sku)
            .Select(g => (g.First().Product, g.Sum(c => c.Quantity) * rackCount))
            .Prepend((Rack, rackCount));
}
