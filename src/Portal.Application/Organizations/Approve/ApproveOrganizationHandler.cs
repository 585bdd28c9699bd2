using Portal.Application.Common;
using Portal.Application.Common.Events;

namespace Portal.Application.Organizations.Approve;

/// <summary>An admin approves a pending company: its buyers can submit quote requests from then on.</summary>
public sealed class ApproveOrganizationHandler(IPortalDb db, Acting acting)
{
    public async Task HandleAsync(ApproveOrganizationCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        var organization = await db.OrganizationForAdminAsync(command.OrganizationId, acting.As(actor), cancellationToken);
        organization.Approve();
        await db.SaveChangesAsync(cancellationToken);
    }
}
