using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;

namespace Portal.Application.Compliance.Rules.WithdrawDestinationRule;

/// <summary>
/// An admin withdraws a rule that has not taken effect (audited). One in effect stays on record, so that a quote
/// checked against it can still cite it: the admin is told, beside the list, to add a rule from a later day instead.
/// </summary>
public sealed class WithdrawDestinationRuleHandler(IPortalDb db, TimeProvider clock)
{
    public async Task<Result> HandleAsync(WithdrawDestinationRuleCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        var rule = await db.DestinationRules.SingleOrDefaultAsync(r => r.Id == command.RuleId, cancellationToken)
            ?? throw new NotFoundException("The destination rule");
        var now = clock.GetUtcNow().UtcDateTime;
        if (rule.IsInEffectOn(now.Date))
        {
            return Result.Fail("", "A rule that has taken effect stays on record: to change it, add a rule from a later day.");
        }
        db.DestinationRules.Remove(rule);
        db.Record(now, actor, rule, DestinationRuleAudit.Withdrawn, rule.Describe(), null);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }
}
