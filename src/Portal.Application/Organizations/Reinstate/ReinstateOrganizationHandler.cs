using Portal.Application.Common;
using Portal.Application.Common.Events;

namespace Portal.Application.Organizations.Reinstate;

/// <summary>An admin reinstates a suspended company: its members can sign in again.</summary>
public sealed class ReinstateOrganizationHandler(IPortalDb db, Acting acting)
{
    public async Task HandleAsync(ReinstateOrganizationCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        var organization = await db.OrganizationForAdminAsync(command.OrganizationId, acting.As(actor), cancellationToken);
        organization.Reinstate();
        await db.SaveChangesAsync(cancellationToken);
    }
}
