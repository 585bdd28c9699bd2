using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Payments;

namespace Portal.Application.Api;

/// <summary>The deposits an API key's owner may read: a customer with the Finance role its company's, staff every one; another's is not found.</summary>
public sealed class ApiDeposits(IPortalDb db)
{
    public async Task<IReadOnlyList<Deposit>> ListAsync(Actor actor, int? quoteId, CancellationToken cancellationToken = default) =>
        await Visible(actor).Where(d => quoteId == null || d.QuoteId == quoteId).OrderByDescending(d => d.Id).Take(500)
            .ToListAsync(cancellationToken);

    public async Task<Deposit> GetAsync(int id, Actor actor, CancellationToken cancellationToken = default) =>
        await Visible(actor).SingleOrDefaultAsync(d => d.Id == id, cancellationToken) ?? throw new NotFoundException("The deposit");

    /// <summary>Staff read every company's deposits; a customer only their own, with the Finance role (a 403 without).</summary>
    private IQueryable<Deposit> Visible(Actor actor)
    {
        var organizationId = actor.IsStaff ? (int?)null : actor.CustomerWith(CompanyRoles.Finance);
        return db.Deposits.AsNoTracking().Where(d => organizationId == null || d.OrganizationId == organizationId);
    }
}
