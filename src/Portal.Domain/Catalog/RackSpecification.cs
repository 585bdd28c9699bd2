namespace Portal.Domain.Catalog;

/// <summary>What a base rack offers the components put into it.</summary>
public sealed record RackSpecification(string Generation, int CapacityU, int PowerLimitWatts, int AirCoolingLimitWatts)
{
    public const int GenerationMaxLength = 20;
}
