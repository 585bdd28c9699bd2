using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Compliance;

namespace Portal.Application.Compliance.Rules;

/// <summary>An admin adds a destination rule, or withdraws one that has not taken effect; both are audited.</summary>
public sealed class DestinationRulesHandler(IPortalDb db, IValidator<AddDestinationRuleCommand> validator, TimeProvider clock)
{
    private const string Entity = "DestinationRule";

    public async Task<Result> AddAsync(AddDestinationRuleCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Fail(validation.ToFieldErrors());
        }
        var rule = new DestinationRule(command.CountryCode!, command.Classification, command.Rule, command.EffectiveFrom!.Value, command.Note);
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        db.DestinationRules.Add(rule);
        await db.SaveChangesAsync(cancellationToken);
        db.Audit(Now, actor, Entity, Id(rule), "DestinationRuleAdded", null, $"{rule.Describe()}. {rule.Note}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result.Success;
    }

    public async Task<Result> WithdrawAsync(int id, Actor actor, CancellationToken cancellationToken = default)
    {
        var rule = await db.DestinationRules.SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw new NotFoundException("The destination rule");
        if (rule.IsInEffectOn(Now.Date))
        {
            return Result.Fail("", "A rule that has taken effect stays on record: to change it, add a rule from a later day.");
        }
        db.DestinationRules.Remove(rule);
        db.Audit(Now, actor, Entity, Id(rule), "DestinationRuleWithdrawn", rule.Describe(), null);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private static string Id(DestinationRule rule) => rule.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
