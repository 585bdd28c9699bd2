using Portal.Domain.Common;

namespace Portal.Domain.Catalog;

/// <summary>What a base rack offers the components put into it.</summary>
[ShownOn(ShownOn.NoKeptPage)]
public sealed record RackSpecification(string Generation, int CapacityU, int PowerLimitWatts, int AirCoolingLimitWatts)
{
    public const int GenerationMaxLength = 20;

    /// <summary>A rack air cannot cool at all (its air-cooling limit is 0): it is liquid-cooled whatever it draws.</summary>
    public bool IsLiquidCooled => AirCoolingLimitWatts == 0;
}
