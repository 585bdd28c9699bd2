namespace Portal.Application.Quotes.SetBuyerApprovalRule;

/// <summary>
/// A company's administrator sets how the company approves its quotes, in the vendor's currency: the total above which
/// approvers' limits apply (empty: 0), and the total above which two approvers are needed (empty: never).
/// </summary>
public sealed record SetBuyerApprovalRuleCommand(decimal? LimitsAbove, decimal? SecondApprovalAbove);
