using Portal.Domain.Catalog;

namespace Portal.Domain.Configurations;

/// <summary>A component's place in the rack's front view, counted in rack units from the bottom.</summary>
public sealed record ElevationSlot(int FromU, int HeightU, Product Product)
{
    public int ToU => FromU + HeightU;
}

/// <summary>
/// The front view of a configured rack, bottom up: each rack-mounted unit in the order of the configuration, stacked
/// until the drawing is full, and the side-mounted components (zero U) listed apart.
/// </summary>
public sealed class RackElevation
{
    public RackElevation(RackBuild configuration)
    {
        CapacityU = configuration.Specification.CapacityU;
        ShownU = Math.Max(CapacityU, configuration.UsedU);
        var slots = new List<ElevationSlot>();
        var nextU = 0;
        foreach (var line in configuration.Components.Where(c => c.Product.HeightU > 0))
        {
            for (var n = 0; n < line.Quantity && nextU < ShownU; n++)
            {
                slots.Add(new ElevationSlot(nextU, line.Product.HeightU, line.Product));
                nextU += line.Product.HeightU;
            }
        }
        Slots = slots;
        SideMounted = configuration.Components.Where(c => c.Product.HeightU == 0).ToList();
    }

    public int CapacityU { get; }

    /// <summary>The height drawn: the rack, or more when the components overflow it.</summary>
    public int ShownU { get; }

    public IReadOnlyList<ElevationSlot> Slots { get; }

    public IReadOnlyList<ComponentLine> SideMounted { get; }

    public bool Overflows(ElevationSlot slot) => slot.ToU > CapacityU;
}
