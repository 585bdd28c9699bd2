using Portal.Domain.Pricing;

namespace Portal.Application.Configurations;

/// <summary>The vendor's configuration rules and volume tiers, from its catalog file.</summary>
public sealed record ConfigurationPolicy(int RacksPerNetworkSwitch, int MaxComponentQuantityPerRack, VolumeDiscountSchedule VolumeDiscounts);
