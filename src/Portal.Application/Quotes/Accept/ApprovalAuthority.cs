using Portal.Application.Common;
using Portal.Domain.Common;

namespace Portal.Application.Quotes.Accept;

/// <summary>
/// Whether an approver may commit the company to a quote's total: an approver accepts up to their limit (none: any
/// total). The company's own approval rule (a second approver above an amount) belongs here too, when it comes.
/// </summary>
public static class ApprovalAuthority
{
    public static void EnsureMayAccept(Actor actor, Money total)
    {
        actor.CustomerWith(CompanyRoles.Approver);
        if (WhyNot(actor, total) is { } reason)
        {
            throw new NotAllowedException(reason);
        }
    }

    /// <summary>Why this customer may not accept (or decline) a quote of that total; null when they may.</summary>
    public static string? WhyNot(Actor actor, Money total) =>
        !actor.CompanyRoles.HasFlag(CompanyRoles.Approver) ? Actor.MissingRole(CompanyRoles.Approver)
        : actor.ApprovalLimit is { } limit && total.MinorUnits > limit
            ? $"This quote's total of {total} is above your approval limit of {new Money(limit, total.Currency)}. " +
              "An approver with a higher limit must accept it; your company's administrator sets the limits on the Colleagues page."
            : null;
}
