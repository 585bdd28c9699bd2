using Portal.Application.Common;
using Portal.Domain.Common;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Accept;

/// <summary>
/// Whether an approver may give a quote of that total the next approval by their company, under its rule
/// (<see cref="BuyerApprovalRule"/>): they hold the Approver role, have not approved this revision already, and, above
/// the amount where limits apply, the total is within their limit (none: any total).
/// </summary>
public static class ApprovalAuthority
{
    public static void EnsureMayApprove(Actor actor, Money total, BuyerApprovalRule rule, IReadOnlyList<BuyerApproval> given)
    {
        actor.CustomerWith(CompanyRoles.Approver);
        if (WhyNot(actor, total, rule, given) is { } reason)
        {
            throw new NotAllowedException(reason);
        }
    }

    /// <summary>Why this customer may not give the next approval to (or decline) a quote of that total; null when they may.</summary>
    public static string? WhyNot(Actor actor, Money total, BuyerApprovalRule rule, IReadOnlyList<BuyerApproval> given) =>
        !actor.CompanyRoles.HasFlag(CompanyRoles.Approver) ? Actor.MissingRole(CompanyRoles.Approver)
        : given.Any(a => a.UserId == actor.UserId) ? "You have approved this revision already; the next approval must come from another approver."
        : !WithinLimit(actor.ApprovalLimit, total, rule)
            ? $"This quote's total of {total} is above your approval limit of {new Money(actor.ApprovalLimit!.Value, total.Currency)}. " +
              "An approver with a higher limit must approve it; your company's administrator sets the limits on the Colleagues page."
            : null;

    /// <summary>Whether an approver with this limit (null: none) may approve a quote of that total under the rule.</summary>
    public static bool WithinLimit(long? limit, Money total, BuyerApprovalRule rule) =>
        !rule.LimitsApplyTo(total) || limit is null || total.MinorUnits <= limit;
}
