using Portal.Application.Catalog;
using Portal.Application.Common;
using Portal.Application.Quotes.Accept;
using Portal.Domain.Common;

namespace Portal.Application.Quotes.Pages;

/// <summary>The company's approval rule as its administrator reads and changes it; the amounts in the vendor's currency.</summary>
/// <param name="LimitsAbove">The total above which approvers' limits apply.</param>
/// <param name="SecondApprovalAbove">The total above which two approvers are needed; null for never.</param>
public sealed record BuyerApprovalRulePage(string Rule, decimal LimitsAbove, decimal? SecondApprovalAbove, string Currency);

public sealed class BuyerApprovalRulePageQuery(BuyerApprovals approvals, VendorProfile vendor)
{
    public async Task<BuyerApprovalRulePage> GetAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var rule = (await approvals.TermsOfAsync(actor.CustomerWith(CompanyRoles.Administrator), cancellationToken)).Rule;
        return new BuyerApprovalRulePage(BuyerApprovalRuleWords.Of(rule, vendor.Currency), new Money(rule.LimitsAboveMinorUnits, vendor.Currency).Major,
            rule.SecondApprovalAboveMinorUnits is { } second ? new Money(second, vendor.Currency).Major : null, vendor.Currency);
    }
}
