using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Application.Quotes.Holds;
using Portal.Domain.Common;
using Portal.Domain.Waitlist;

namespace Portal.Application.Waitlist;

/// <summary>
/// Offers free supply down the waitlist, and lets offers not taken in time lapse. Each offer holds its units with the
/// same conditional update as a quote's hold and saves the entry against its version, in one transaction: of two runs
/// at once (or in two instances) only one offers a given unit or a given entry; the other stops, and the next run goes on.
/// A reservation whose deposit is not paid yet keeps its place but is passed over.
/// </summary>
public sealed class WaitlistOffers(IPortalDb db, AllocationHolds holds, Acting acting, TimeProvider clock) : IPortalJob, IFreedSupply
{
    private const int Batch = 200;

    public string Name => "Waitlist offers";

    /// <summary>Lapses offers past their time, then offers what is free; answers how many offers it made.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        await ExpireAsync(cancellationToken);
        return await OfferFreeSupplyAsync(cancellationToken);
    }

    /// <summary>
    /// Offers every free unit of a quarter to the head of its line, entry after entry, until the units or the line run
    /// out. Offers are the portal's own step, whoever's step freed the supply: their audit rows name the portal.
    /// </summary>
    public async Task<int> OfferFreeSupplyAsync(CancellationToken cancellationToken = default)
    {
        var actor = acting.Actor;
        acting.As(Actor.System);
        try
        {
            return await OfferEachFreeQuarterAsync(cancellationToken);
        }
        finally
        {
            acting.As(actor);
        }
    }

    private async Task<int> OfferEachFreeQuarterAsync(CancellationToken cancellationToken)
    {
        var free = await db.Allocations.AsNoTracking()
            .Where(a => a.Supply - a.Held - a.Committed > 0)
            .Where(a => db.WaitlistEntries.Any(e => e.ProductId == a.ProductId && e.Status == WaitlistStatus.Waiting && (e.Quarter == null || e.Quarter == a.Quarter)))
            .Select(a => new { a.ProductId, a.Quarter })
            .ToListAsync(cancellationToken);
        var ids = free.Select(a => a.ProductId).Distinct().ToList();
        var deliverableFrom = (await db.Products.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken))
            .ToDictionary(p => p.Id, p => p.EarliestDelivery(Now));
        var offers = 0;
        // Supply the lead time cannot reach is never offered: the request the offer becomes could not be delivered then.
        foreach (var allocation in free.Where(a => a.Quarter >= deliverableFrom[a.ProductId]).OrderBy(a => a.ProductId).ThenBy(a => a.Quarter))
        {
            offers += await OfferQuarterAsync(allocation.ProductId, allocation.Quarter, cancellationToken);
        }
        return offers;
    }

    private async Task<int> OfferQuarterAsync(int productId, Quarter quarter, CancellationToken cancellationToken)
    {
        var offers = 0;
        while (true)
        {
            db.ChangeTracker.Clear();
            var free = await db.Allocations.Where(a => a.ProductId == productId && a.Quarter == quarter)
                .Select(a => a.Supply - a.Held - a.Committed).SingleAsync(cancellationToken);
            var next = free <= 0 ? null : await db.WaitlistEntries.Include(e => e.Product)
                .Where(e => e.ProductId == productId && e.Status == WaitlistStatus.Waiting && (e.Quarter == null || e.Quarter == quarter))
                .Where(e => !e.IsReservation || e.DepositStatus == DepositStatus.Paid)
                .OrderBy(e => e.Priority).ThenBy(e => e.QueuedUtc).ThenBy(e => e.Id)
                .FirstOrDefaultAsync(cancellationToken);
            if (next is null || !await TryOfferAsync(next, Math.Min(next.Quantity, free), quarter, cancellationToken))
            {
                return offers;
            }
            offers++;
        }
    }

    /// <summary>Holds the units and makes the offer (its audit row, mail and webhook follow from it) in one transaction; false when another run was first.</summary>
    private async Task<bool> TryOfferAsync(WaitlistEntry entry, int units, Quarter quarter, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        if (!await holds.TryHoldUnitsAsync(entry.ProductId, quarter, units, cancellationToken))
        {
            return false;
        }
        entry.Offer(units, quarter, Now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Offers past their 72 hours lapse: the entry leaves the line and its units go back for the next one.</summary>
    public async Task<int> ExpireAsync(CancellationToken cancellationToken = default)
    {
        var now = Now;
        var due = await db.WaitlistEntries.Where(e => e.Status == WaitlistStatus.Offered && e.OfferExpiresUtc < now)
            .OrderBy(e => e.OfferExpiresUtc).Select(e => e.Id).Take(Batch).ToListAsync(cancellationToken);
        var expired = 0;
        foreach (var id in due)
        {
            db.ChangeTracker.Clear();
            var entry = await db.WaitlistEntries.Include(e => e.Product).SingleAsync(e => e.Id == id, cancellationToken);
            if (entry.Status != WaitlistStatus.Offered)
            {
                continue;
            }
            await using var transaction = await db.BeginTransactionAsync(cancellationToken);
            entry.ExpireOffer(now);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                continue;
            }
            await ReleaseOfferAsync(entry, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            expired++;
        }
        return expired;
    }

    /// <summary>
    /// Gives back the units of an offer that ended. Called after the entry's move is saved against its version, inside
    /// the same transaction: of two ends of one offer at once (an answer and the job), only the one whose save won
    /// reaches it, so the units go back once.
    /// </summary>
    public Task ReleaseOfferAsync(WaitlistEntry entry, CancellationToken cancellationToken = default) =>
        holds.ReleaseUnitsAsync(entry.ProductId, entry.OfferedQuarter!.Value, entry.OfferedUnits!.Value, cancellationToken);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
