using Portal.Domain.Common;

namespace Portal.Domain.Waitlist;

/// <summary>An entry's place in line: how many entries that could take the same supply are ahead of it, and how many units they wait for.</summary>
public sealed record WaitlistPlace(int Position, int QuantityAhead);

/// <summary>
/// The order of one product's waitlist and each entry's place in it. Entries compete for the same supply when they want
/// the same quarter or when either wants the earliest one; among those, priority comes first (Strategic before
/// Standard), then the time each took its place, then the id.
/// </summary>
public static class WaitlistLine
{
    public static IOrderedEnumerable<WaitlistEntry> InOrder(IEnumerable<WaitlistEntry> entries) =>
        entries.OrderBy(e => e.Priority).ThenBy(e => e.QueuedUtc).ThenBy(e => e.Id);

    /// <summary>
    /// The position an entry would take at this priority and time among the entries that compete with it for the same
    /// supply (in <see cref="Places"/>, exactly those count ahead of it).
    /// </summary>
    public static int PositionAmong(IEnumerable<WaitlistEntry> competitors, int priority, DateTime queuedUtc, int id) =>
        competitors.Count(e => e.Priority < priority || (e.Priority == priority && (e.QueuedUtc < queuedUtc || (e.QueuedUtc == queuedUtc && e.Id < id)))) + 1;

    /// <summary>The place of every active entry of one product, in one pass over the line.</summary>
    public static IReadOnlyDictionary<int, WaitlistPlace> Places(IEnumerable<WaitlistEntry> entriesOfOneProduct)
    {
        var places = new Dictionary<int, WaitlistPlace>();
        var (count, units) = (0, 0);
        var (earliestCount, earliestUnits) = (0, 0);
        var byQuarter = new Dictionary<Quarter, (int Count, int Units)>();
        foreach (var entry in InOrder(entriesOfOneProduct.Where(e => e.IsActive)))
        {
            if (entry.Quarter is { } quarter)
            {
                var (quarterCount, quarterUnits) = byQuarter.GetValueOrDefault(quarter);
                places[entry.Id] = new WaitlistPlace(earliestCount + quarterCount + 1, earliestUnits + quarterUnits);
                byQuarter[quarter] = (quarterCount + 1, quarterUnits + entry.Quantity);
            }
            else
            {
                places[entry.Id] = new WaitlistPlace(count + 1, units);
                (earliestCount, earliestUnits) = (earliestCount + 1, earliestUnits + entry.Quantity);
            }
            (count, units) = (count + 1, units + entry.Quantity);
        }
        return places;
    }

    /// <summary>
    /// The quarter the entry can expect its units in: the first whose free supply (from the wanted quarter, or summed
    /// from the current one for "earliest") covers the units ahead and its own. Null when announced supply does not.
    /// </summary>
    public static Quarter? EstimatedQuarter(WaitlistEntry entry, WaitlistPlace place, IReadOnlyDictionary<Quarter, int> freeByQuarter, Quarter current)
    {
        var needed = place.QuantityAhead + entry.Quantity;
        if (entry.Quarter is { } wanted)
        {
            return freeByQuarter.GetValueOrDefault(wanted) >= needed ? wanted : null;
        }
        var free = 0;
        foreach (var (quarter, units) in freeByQuarter.Where(f => f.Key >= current).OrderBy(f => f.Key))
        {
            free += units;
            if (free >= needed)
            {
                return quarter;
            }
        }
        return null;
    }
}
