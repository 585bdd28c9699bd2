using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Organizations;

namespace Portal.Application.Sites;

public static class OwnSites
{
    /// <summary>The customer's own site, to change it; another organization's, or an unknown id, is a 404.</summary>
    public static async Task<Site> OwnSiteAsync(this IPortalDb db, int id, int organizationId, CancellationToken cancellationToken) =>
        await db.Sites.SingleOrDefaultAsync(s => s.Id == id && s.OrganizationId == organizationId, cancellationToken)
        ?? throw new NotFoundException("The site");
}
