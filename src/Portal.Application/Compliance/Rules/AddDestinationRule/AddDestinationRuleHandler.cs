using FluentValidation;
using Portal.Application.Common;
using Portal.Domain.Compliance;

namespace Portal.Application.Compliance.Rules.AddDestinationRule;

/// <summary>An admin adds a destination rule from today or a later day; it is audited with its note.</summary>
public sealed class AddDestinationRuleHandler(IPortalDb db, IValidator<AddDestinationRuleCommand> validator, TimeProvider clock)
{
    public async Task<Result> HandleAsync(AddDestinationRuleCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        var checkedInput = await validator.ValidateAsync(command, cancellationToken);
        if (!checkedInput.IsValid)
        {
            return Result.Fail(checkedInput.ToFieldErrors());
        }
        var rule = new DestinationRule(command.CountryCode!, command.Classification, command.Rule, command.EffectiveFrom!.Value, command.Note);
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        db.DestinationRules.Add(rule);
        await db.SaveChangesAsync(cancellationToken);
        db.Record(clock.GetUtcNow().UtcDateTime, actor, rule, DestinationRuleAudit.Added, null, $"{rule.Describe()}. {rule.Note}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result.Success;
    }
}
