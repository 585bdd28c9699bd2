using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Common.Events;

namespace Portal.Application.Organizations.SaveBillingAddress;

/// <summary>The company's administrator adds a billing address or changes one, and may make it the default.</summary>
public sealed class SaveBillingAddressHandler(IPortalDb db, IValidator<SaveBillingAddressCommand> validator, Acting acting)
{
    public async Task<Result> HandleAsync(SaveBillingAddressCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        var organizationId = acting.As(actor).CustomerWith(CompanyRoles.Administrator);
        var organization = await db.OwnBillingAddressesAsync(organizationId, cancellationToken);
        // Look the address up before validating, so that a foreign id is a 404 whatever else is wrong.
        var address = command.Id is { } id ? organization.OwnBillingAddress(id) : null;
        var checkedInput = await validator.ValidateAsync(command, cancellationToken);
        if (!checkedInput.IsValid)
        {
            return Result.Fail(checkedInput.ToFieldErrors());
        }
        if (address is null)
        {
            address = organization.AddBillingAddress(command.Street, command.PostalCode, command.City, Regions.Normalize(command.CountryCode, command.Region), command.CountryCode);
        }
        else
        {
            organization.ChangeBillingAddress(address, command.Street, command.PostalCode, command.City, Regions.Normalize(command.CountryCode, command.Region),
                command.CountryCode);
        }
        if (command.MakeDefault && !address.IsDefault)
        {
            organization.MakeDefault(address);
        }
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }
}
