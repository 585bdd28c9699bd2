using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Payments;
using Portal.Domain.Quotes;

namespace Portal.Application.Api;

/// <summary>The deposits an API key's owner may read: a customer with the Finance role its company's, staff every one; another's is not found.</summary>
public sealed class ApiDeposits(IPortalDb db)
{
    public async Task<IReadOnlyList<BilledDeposit>> ListAsync(Actor actor, int? quoteId, CancellationToken cancellationToken = default) =>
        await BilledAsync(await Visible(actor).Where(d => quoteId == null || d.QuoteId == quoteId).OrderByDescending(d => d.Id).Take(500)
            .ToListAsync(cancellationToken), cancellationToken);

    public async Task<BilledDeposit> GetAsync(int id, Actor actor, CancellationToken cancellationToken = default) =>
        (await BilledAsync([await Visible(actor).SingleOrDefaultAsync(d => d.Id == id, cancellationToken) ?? throw new NotFoundException("The deposit")],
            cancellationToken)).Single();

    /// <summary>Each deposit with the acceptance of its quote (the purchase order and billing details it kept); none for a reservation's.</summary>
    private async Task<IReadOnlyList<BilledDeposit>> BilledAsync(IReadOnlyList<Deposit> deposits, CancellationToken cancellationToken)
    {
        var quoteIds = deposits.Where(d => d.QuoteId != null).Select(d => d.QuoteId!.Value).Distinct().ToList();
        var acceptances = await db.Quotes.AsNoTracking().Where(q => quoteIds.Contains(q.Id))
            .Select(q => new { q.Id, q.Acceptance }).ToDictionaryAsync(q => q.Id, q => q.Acceptance, cancellationToken);
        return deposits.Select(d => new BilledDeposit(d, d.QuoteId is { } id ? acceptances.GetValueOrDefault(id) : null)).ToList();
    }

    /// <summary>Staff read every company's deposits; a customer only their own, with the Finance role (a 403 without).</summary>
    private IQueryable<Deposit> Visible(Actor actor)
    {
        var organizationId = actor.IsStaff ? (int?)null : actor.CustomerWith(CompanyRoles.Finance);
        return db.Deposits.AsNoTracking().Where(d => organizationId == null || d.OrganizationId == organizationId);
    }
}

/// <param name="Acceptance">The acceptance of the deposit's quote; null for a reservation's deposit.</param>
public sealed record BilledDeposit(Deposit Deposit, QuoteAcceptance? Acceptance);
