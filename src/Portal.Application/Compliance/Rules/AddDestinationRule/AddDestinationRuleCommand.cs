using Portal.Domain.Compliance;

namespace Portal.Application.Compliance.Rules.AddDestinationRule;

/// <summary>An admin's new destination rule: a country (or * for every country), a classification (empty for all), the rule, from a day on, and why.</summary>
public sealed record AddDestinationRuleCommand(string? CountryCode, string? Classification, DestinationVerdict Rule, DateTime? EffectiveFrom, string? Note);
