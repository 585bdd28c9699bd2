namespace Portal.Domain.Pricing;

/// <summary>The vendor's volume tiers, from the catalog file; the tier of a request is the highest one its rack count reaches.</summary>
public sealed class VolumeDiscountSchedule
{
    private readonly IReadOnlyList<VolumeTier> _tiers;

    public VolumeDiscountSchedule(IEnumerable<VolumeTier> tiers)
    {
        _tiers = tiers.OrderBy(t => t.MinRacks).ToList();
        if (_tiers.Any(t => t.MinRacks < 1 || t.DiscountPercent < 0 || t.DiscountPercent > Percent.Max))
        {
            throw new ArgumentException("Volume tiers start at one rack or more and give 0 to 100 %.", nameof(tiers));
        }
    }

    public IReadOnlyList<VolumeTier> Tiers => _tiers;

    public VolumeTier TierFor(int rackCount) =>
        _tiers.LastOrDefault(t => t.MinRacks <= rackCount) ?? new VolumeTier(1, 0m);

    /// <summary>The next tier up, to tell a buyer how many more racks would lower the price; null at the top.</summary>
    public VolumeTier? NextTierAfter(int rackCount) => _tiers.FirstOrDefault(t => t.MinRacks > rackCount);
}
