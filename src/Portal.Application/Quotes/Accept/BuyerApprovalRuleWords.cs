using Portal.Domain.Common;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Accept;

/// <summary>A company's approval rule in words, as its pages and the audit log say it.</summary>
public static class BuyerApprovalRuleWords
{
    public static string Of(BuyerApprovalRule rule, string currency)
    {
        var limits = rule.LimitsAboveMinorUnits == 0
            ? "Any approver accepts a quote within their own approval limit"
            : $"Any approver accepts a quote up to {new Money(rule.LimitsAboveMinorUnits, currency)}; above it, an approver within their own limit";
        return rule.SecondApprovalAboveMinorUnits is { } second
            ? $"{limits}; above {new Money(second, currency)}, two different approvers, each within their limit."
            : $"{limits}; one approval accepts it.";
    }
}
