using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Organizations;

namespace Portal.Application.Organizations;

public sealed record OrganizationRow(int Id, string Name, string CountryCode, OrganizationTier Tier,
    OrganizationStatus Status, DateTime CreatedUtc, int UserCount, int SiteCount, bool OnComplianceHold);

public sealed record OrganizationMember(string Id, string FullName, string Email, bool EmailConfirmed,
    CompanyRoles Roles, long? ApprovalLimitMinorUnits)
{
    /// <summary>The person manages the company's colleagues, roles, rules and integrations (its first user, and whoever they named).</summary>
    public bool IsAdministrator => Roles.HasFlag(CompanyRoles.Administrator);
}

public sealed record OrganizationDetails(Organization Organization, IReadOnlyList<OrganizationMember> Members)
{
    public bool AwaitsApproval => Organization.Status == OrganizationStatus.Pending;

    public bool IsSuspended => Organization.Status == OrganizationStatus.Suspended;

    public IEnumerable<Site> SitesByName => Organization.Sites.OrderBy(s => s.Name);
}

/// <summary>What staff and customers read about organizations.</summary>
public sealed class OrganizationQueries(IPortalDb db)
{
    public const int PageSize = 25;

    public async Task<Page<OrganizationRow>> ListAsync(OrganizationStatus? status, int page, CancellationToken cancellationToken = default)
    {
        var query = db.Organizations.AsNoTracking();
        if (status is not null)
        {
            query = query.Where(o => o.Status == status);
        }
        var total = await query.CountAsync(cancellationToken);
        page = Paging.Clamp(page, total, PageSize);
        var rows = await query
            .OrderBy(o => o.Status).ThenByDescending(o => o.CreatedUtc).ThenBy(o => o.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(o => new OrganizationRow(o.Id, o.Name, o.CountryCode, o.Tier, o.Status, o.CreatedUtc,
                db.Users.Count(u => u.OrganizationId == o.Id), o.Sites.Count, o.OnComplianceHold))
            .ToListAsync(cancellationToken);
        return new Page<OrganizationRow>(rows, page, PageSize, total);
    }

    public async Task<OrganizationDetails> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        var organization = await db.Organizations.AsNoTracking().Include(o => o.Sites)
            .SingleOrDefaultAsync(o => o.Id == id, cancellationToken)
            ?? throw new NotFoundException("The organization");
        return new OrganizationDetails(organization, await MembersAsync(id, cancellationToken));
    }

    public async Task<IReadOnlyList<OrganizationMember>> MembersAsync(int organizationId, CancellationToken cancellationToken = default) =>
        await db.Users.AsNoTracking()
            .Where(u => u.OrganizationId == organizationId)
            .OrderByDescending(u => u.IsOrganizationOwner).ThenBy(u => u.FullName)
            .Select(u => new OrganizationMember(u.Id, u.FullName, u.Email!, u.EmailConfirmed,
                u.CompanyRoles, u.ApprovalLimitMinorUnits))
            .ToListAsync(cancellationToken);
}
