using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;

namespace Portal.Application.Accounts;

/// <summary>A company's first user alone manages what the company connects to the portal: its API keys and webhooks.</summary>
public static class FirstUsers
{
    /// <summary>Whether the actor is its organization's first user; the organization is read before the query (staff get a 403).</summary>
    public static Task<bool> IsFirstUserAsync(this IPortalDb db, Actor actor, CancellationToken cancellationToken = default)
    {
        var (userId, organizationId) = (actor.UserId, actor.CustomerOrganizationId);
        return db.Users.AnyAsync(u => u.Id == userId && u.OrganizationId == organizationId && u.IsOrganizationOwner, cancellationToken);
    }
}
