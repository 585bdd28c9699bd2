using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Organizations;

namespace Portal.Application.Sites;

/// <summary>What a customer reads of its own organization's data-center sites; another organization's site is not found.</summary>
public sealed class SiteQueries(IPortalDb db)
{
    public async Task<IReadOnlyList<Site>> ListAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var organizationId = actor.CustomerOrganizationId;
        return await db.Sites.AsNoTracking()
            .Where(s => s.OrganizationId == organizationId)
            .OrderBy(s => s.Name)
            .ToListAsync(cancellationToken);
    }

    public async Task<Site> GetAsync(int id, Actor actor, CancellationToken cancellationToken = default)
    {
        var organizationId = actor.CustomerOrganizationId;
        return await db.Sites.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id && s.OrganizationId == organizationId, cancellationToken)
            ?? throw new NotFoundException("The site");
    }
}
