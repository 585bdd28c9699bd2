using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;

namespace Portal.Application.Accounts;

/// <summary>A company's administrators alone manage what the company connects to the portal: its colleagues, API keys and webhooks.</summary>
public static class CompanyAdministrators
{
    /// <summary>
    /// Whether the actor is an administrator of its organization, as saved now (a role taken away counts at once); the
    /// organization is read before the query (staff get a 403).
    /// </summary>
    public static Task<bool> IsCompanyAdministratorAsync(this IPortalDb db, Actor actor, CancellationToken cancellationToken = default)
    {
        var (userId, organizationId) = (actor.UserId, actor.CustomerOrganizationId);
        return db.Users.AnyAsync(u => u.Id == userId && u.OrganizationId == organizationId
            && (u.CompanyRoles & CompanyRoles.Administrator) == CompanyRoles.Administrator, cancellationToken);
    }
}
