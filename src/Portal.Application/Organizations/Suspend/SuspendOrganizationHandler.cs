using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Accounts;
using Portal.Application.Common;
using Portal.Application.Common.Events;

namespace Portal.Application.Organizations.Suspend;

/// <summary>An admin suspends a company: its members cannot sign in, and their sessions end.</summary>
public sealed class SuspendOrganizationHandler(IPortalDb db, UserManager<PortalUser> users, Acting acting)
{
    public async Task HandleAsync(SuspendOrganizationCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        var organization = await db.OrganizationForAdminAsync(command.OrganizationId, acting.As(actor), cancellationToken);
        organization.Suspend(command.Reason);
        await db.SaveChangesAsync(cancellationToken);
        // A new security stamp ends the members' sessions at the next validation.
        foreach (var member in await db.Users.Where(u => u.OrganizationId == organization.Id).ToListAsync(cancellationToken))
        {
            await users.UpdateSecurityStampAsync(member);
        }
    }
}
