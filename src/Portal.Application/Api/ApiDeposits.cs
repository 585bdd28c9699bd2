using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Payments;

namespace Portal.Application.Api;

/// <summary>Deposit status for the key's owner: a customer its company's deposits, staff every one; another's is not found.</summary>
public sealed class ApiDeposits(IPortalDb db)
{
    public async Task<IReadOnlyList<ApiDeposit>> ListAsync(Actor actor, int? quoteId, CancellationToken cancellationToken = default) =>
        (await Visible(actor).Where(d => quoteId == null || d.QuoteId == quoteId).OrderByDescending(d => d.Id).Take(500)
            .ToListAsync(cancellationToken)).Select(ApiDeposit.Of).ToList();

    public async Task<ApiDeposit> GetAsync(int id, Actor actor, CancellationToken cancellationToken = default) =>
        ApiDeposit.Of(await Visible(actor).SingleOrDefaultAsync(d => d.Id == id, cancellationToken) ?? throw new NotFoundException("The deposit"));

    private IQueryable<Deposit> Visible(Actor actor) =>
        db.Deposits.AsNoTracking().Where(d => actor.IsStaff || d.OrganizationId == actor.OrganizationId);
}

/// <param name="Amount">In major units of <paramref name="Currency"/>.</param>
public sealed record ApiDeposit(int Id, string Reference, int? QuoteId, int? WaitlistEntryId, string Description, decimal Amount, string Currency,
    DepositMethod Method, DepositState State, DateTime CreatedUtc, DateTime? PaidUtc, DateTime? RefundedUtc)
{
    public static ApiDeposit Of(Deposit d) => new(d.Id, d.Reference, d.QuoteId, d.WaitlistEntryId, d.Description, d.Amount.Major,
        d.Currency, d.Method, d.State, d.CreatedUtc, d.PaidUtc, d.RefundedUtc);
}
