using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Catalog;
using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Domain.Common;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.SetBuyerApprovalRule;

/// <summary>A company's administrator sets the company's approval rule; quotes already waiting are judged by it from now on.</summary>
public sealed class SetBuyerApprovalRuleHandler(IPortalDb db, IValidator<SetBuyerApprovalRuleCommand> validator, VendorProfile vendor, Acting acting,
    TimeProvider clock)
{
    public async Task<Result> HandleAsync(SetBuyerApprovalRuleCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        var organizationId = acting.As(actor).CustomerWith(CompanyRoles.Administrator);
        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Fail(validation.ToFieldErrors());
        }
        try
        {
            await ChangeAsync(organizationId, command, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two administrators saved the company's first rule at once: the database let the other's in, so this one,
            // saved second, changes it (the last saved wins, as it does for a rule that exists).
            db.ChangeTracker.Clear();
            await ChangeAsync(organizationId, command, cancellationToken);
        }
        return Result.Success;
    }

    private async Task ChangeAsync(int organizationId, SetBuyerApprovalRuleCommand command, CancellationToken cancellationToken)
    {
        var rule = await db.BuyerApprovalRules.SingleOrDefaultAsync(r => r.OrganizationId == organizationId, cancellationToken);
        if (rule is null)
        {
            rule = BuyerApprovalRule.Default(organizationId);
            db.BuyerApprovalRules.Add(rule);
        }
        rule.Change(MinorUnits(command.LimitsAbove) ?? 0, MinorUnits(command.SecondApprovalAbove), clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
    }

    private long? MinorUnits(decimal? amount) => amount is { } major ? Money.FromMajor(major, vendor.Currency).MinorUnits : null;
}
