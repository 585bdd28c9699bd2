using Portal.Domain.Pricing;

namespace Portal.Application.Configurations;

/// <summary>The vendor's limit on components per rack and its volume tiers, from its catalog file (its rules: <see cref="Rules.RuleBook"/>).</summary>
public sealed record ConfigurationPolicy(int MaxComponentQuantityPerRack, VolumeDiscountSchedule VolumeDiscounts);
