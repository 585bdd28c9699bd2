namespace Portal.Application.Compliance.Rules.WithdrawDestinationRule;

/// <summary>A rule to withdraw before it takes effect.</summary>
public sealed record WithdrawDestinationRuleCommand(int RuleId);
