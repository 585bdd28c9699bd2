using Portal.Domain.Organizations;

namespace Portal.Domain.Configurations;

/// <summary>What one rack asks of the data center: power, heat, cooling, space and floor load.</summary>
public sealed record FacilityBill(long PowerWatts, int UsedU, int CapacityU, long WeightKg, CoolingType Cooling)
{
    /// <summary>Watts to BTU per hour, the unit facility teams size cooling in.</summary>
    public const decimal BtuPerHourPerWatt = 3.412142m;

    public decimal PowerKw => PowerWatts / 1000m;

    public long BtuPerHour => (long)Math.Round(PowerWatts * BtuPerHourPerWatt, MidpointRounding.AwayFromZero);
}
