using Portal.Domain.Common;

namespace Portal.Domain.Catalog;

public enum AvailabilityKind
{
    Available,
    AllocationLimited,
    SoldOut,
    PreRelease,
    EndOfLife,
}

/// <summary>What the catalog tells a buyer about getting a product: now, from a quarter, by reservation, or not at all.</summary>
public sealed record Availability(AvailabilityKind Kind, Quarter? EarliestQuarter)
{
    /// <param name="allocations">The product's allocations from the current quarter on.</param>
    /// <param name="deliverableFrom">The first quarter the lead times allow (<see cref="Product.EarliestDelivery(DateTime)"/>): supply before it cannot be had.</param>
    public static Availability Of(Lifecycle lifecycle, IEnumerable<Allocation> allocations, Quarter deliverableFrom, int quantity = 1) => lifecycle switch
    {
        Lifecycle.Available => new(AvailabilityKind.Available, null),
        Lifecycle.PreRelease => new(AvailabilityKind.PreRelease, null),
        Lifecycle.EndOfLife => new(AvailabilityKind.EndOfLife, null),
        _ => EarliestFree(allocations, deliverableFrom, quantity),
    };

    private static Availability EarliestFree(IEnumerable<Allocation> allocations, Quarter deliverableFrom, int quantity)
    {
        var earliest = allocations.Where(a => a.Quarter >= deliverableFrom && a.Free >= quantity).OrderBy(a => a.Quarter).FirstOrDefault();
        return earliest is null
            ? new(AvailabilityKind.SoldOut, null)
            : new(AvailabilityKind.AllocationLimited, earliest.Quarter);
    }
}
