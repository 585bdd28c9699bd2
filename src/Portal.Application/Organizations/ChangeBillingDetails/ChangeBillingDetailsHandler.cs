using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Common.Events;

namespace Portal.Application.Organizations.ChangeBillingDetails;

/// <summary>The company's administrator sets its tax id and whether accepting a quote needs a purchase order number.</summary>
public sealed class ChangeBillingDetailsHandler(IPortalDb db, IValidator<ChangeBillingDetailsCommand> validator, Acting acting)
{
    public async Task<Result> HandleAsync(ChangeBillingDetailsCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        var organizationId = acting.As(actor).CustomerWith(CompanyRoles.Administrator);
        var organization = await db.Organizations.SingleAsync(o => o.Id == organizationId, cancellationToken);
        var checkedInput = await validator.ValidateAsync(command with { CountryCode = organization.CountryCode }, cancellationToken);
        if (!checkedInput.IsValid)
        {
            return Result.Fail(checkedInput.ToFieldErrors());
        }
        organization.ChangeBillingDetails(TaxIds.Normalize(organization.CountryCode, command.TaxId), command.RequirePurchaseOrder);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }
}
