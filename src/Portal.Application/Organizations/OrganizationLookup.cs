using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Organizations;

namespace Portal.Application.Organizations;

public static class OrganizationLookup
{
    /// <summary>The organization to change, for an admin: a 404 for an unknown id, a 403 for anyone but an admin.</summary>
    public static async Task<Organization> OrganizationForAdminAsync(this IPortalDb db, int id, Actor actor, CancellationToken cancellationToken)
    {
        if (!actor.IsAdmin)
        {
            throw new NotAllowedException("Only admins can change an organization.");
        }
        return await db.Organizations.SingleOrDefaultAsync(o => o.Id == id, cancellationToken) ?? throw new NotFoundException("The organization");
    }
}
