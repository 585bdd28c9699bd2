using FluentValidation;
using Portal.Application.Common;
using Portal.Application.Common.Events;

namespace Portal.Application.Organizations.SetTier;

/// <summary>An admin sets a company's tier, which orders its place on waitlists.</summary>
public sealed class SetTierHandler(IPortalDb db, IValidator<SetTierCommand> validator, Acting acting)
{
    public async Task<Result> HandleAsync(SetTierCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        var organization = await db.OrganizationForAdminAsync(command.OrganizationId, acting.As(actor), cancellationToken);
        var checkedInput = await validator.ValidateAsync(command, cancellationToken);
        if (!checkedInput.IsValid)
        {
            return Result.Fail(checkedInput.ToFieldErrors());
        }
        organization.SetTier(command.Tier!.Value);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }
}
