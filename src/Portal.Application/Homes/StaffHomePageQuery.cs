using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Organizations;
using Portal.Application.Quotes.ExportHolds;
using Portal.Domain.Common;
using Portal.Domain.Organizations;
using Portal.Domain.Payments;
using Portal.Domain.Quotes;

namespace Portal.Application.Homes;

/// <summary>Reads the home of sales and admins: each list of work, the longest waiting first.</summary>
public sealed class StaffHomePageQuery(IPortalDb db, OrganizationQueries organizations, ExportHoldQueries holds, TimeProvider clock)
{
    public async Task<StaffHomePage> GetAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        actor.EnsureStaff();
        var now = clock.GetUtcNow().UtcDateTime;
        var mine = await RequestsAsync(db.Quotes.Where(q => q.Status == QuoteStatus.InReview && q.ClaimedById == actor.UserId), now, null, cancellationToken);
        var unclaimed = db.Quotes.Where(q => q.Status == QuoteStatus.Submitted);
        var admin = actor.IsAdmin
            ? new AdminWork((await organizations.ListAsync(OrganizationStatus.Pending, 1, cancellationToken)).Items, await holds.HeldAsync(cancellationToken))
            : null;
        return new StaffHomePage(mine, await RequestsAsync(unclaimed, now, StaffHomePage.UnclaimedShown, cancellationToken),
            await unclaimed.CountAsync(cancellationToken), await AwaitingAdminAsync(cancellationToken), await TransfersAsync(cancellationToken),
            await ExpiringAsync(now, cancellationToken), admin);
    }

    private async Task<IReadOnlyList<ClaimedRequest>> RequestsAsync(IQueryable<Quote> requests, DateTime now, int? take, CancellationToken cancellationToken)
    {
        var oldestFirst = requests.AsNoTracking().OrderBy(q => q.SubmittedUtc).ThenBy(q => q.Id);
        return (await (take is { } count ? oldestFirst.Take(count) : oldestFirst)
                .Select(q => new { q.Id, q.Number, q.SubmittedUtc, Customer = db.Organizations.Where(o => o.Id == q.OrganizationId).Select(o => o.Name).First() })
                .ToListAsync(cancellationToken))
            .Select(q => new ClaimedRequest(q.Id, q.Number!, q.Customer, q.SubmittedUtc!.Value, BusinessDays.Between(q.SubmittedUtc.Value, now))).ToList();
    }

    private async Task<IReadOnlyList<QuoteAwaitingAdmin>> AwaitingAdminAsync(CancellationToken cancellationToken) =>
        await db.Quotes.AsNoTracking().Where(q => q.Status == QuoteStatus.PendingApproval).OrderBy(q => q.UpdatedUtc).ThenBy(q => q.Id)
            .Select(q => new QuoteAwaitingAdmin(q.Id, q.Number!,
                db.Organizations.Where(o => o.Id == q.OrganizationId).Select(o => o.Name).First(),
                db.Users.Where(u => u.Id == q.ClaimedById).Select(u => u.FullName).FirstOrDefault(), q.UpdatedUtc))
            .ToListAsync(cancellationToken);

    private async Task<IReadOnlyList<TransferToRecord>> TransfersAsync(CancellationToken cancellationToken) =>
        (await db.Deposits.AsNoTracking().Where(d => d.State == DepositState.Due && d.Method == DepositMethod.BankTransfer)
            .OrderBy(d => d.CreatedUtc).ThenBy(d => d.Id)
            .Select(d => new { d.Id, d.Reference, d.AmountMinorUnits, d.Currency, d.CreatedUtc,
                Customer = db.Organizations.Where(o => o.Id == d.OrganizationId).Select(o => o.Name).First() })
            .ToListAsync(cancellationToken))
        .Select(d => new TransferToRecord(d.Id, d.Reference, d.Customer, new Money(d.AmountMinorUnits, d.Currency), d.CreatedUtc)).ToList();

    private async Task<IReadOnlyList<QuoteAboutToExpire>> ExpiringAsync(DateTime now, CancellationToken cancellationToken)
    {
        var soon = now.AddDays(StaffHomePage.ExpiringWithinDays);
        return (await db.Quotes.AsNoTracking().Where(q => q.Status == QuoteStatus.Issued && q.ValidUntilUtc > now && q.ValidUntilUtc <= soon)
                .OrderBy(q => q.ValidUntilUtc).ThenBy(q => q.Id)
                .Select(q => new { q.Id, q.Number, q.ValidUntilUtc,
                    Customer = db.Organizations.Where(o => o.Id == q.OrganizationId).Select(o => o.Name).First(),
                    ClaimedBy = db.Users.Where(u => u.Id == q.ClaimedById).Select(u => u.FullName).FirstOrDefault() })
                .ToListAsync(cancellationToken))
            .Select(q => new QuoteAboutToExpire(q.Id, q.Number!, q.Customer, q.ClaimedBy, q.ValidUntilUtc!.Value, q.ValidUntilUtc.Value - now)).ToList();
    }
}
