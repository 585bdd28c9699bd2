using Portal.Application.Common;
using Portal.Application.Common.Events;

namespace Portal.Application.Organizations.RemoveBillingAddress;

/// <summary>The company's administrator removes a billing address other than the default (the domain refuses the default).</summary>
public sealed class RemoveBillingAddressHandler(IPortalDb db, Acting acting)
{
    public async Task<Result> HandleAsync(RemoveBillingAddressCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        var organizationId = acting.As(actor).CustomerWith(CompanyRoles.Administrator);
        var organization = await db.OwnBillingAddressesAsync(organizationId, cancellationToken);
        organization.RemoveBillingAddress(organization.OwnBillingAddress(command.AddressId));
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }
}
