using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Application.Payments;
using Portal.Domain.Waitlist;

namespace Portal.Application.Waitlist.Leave;

/// <summary>
/// The organization leaves the line; the units of an open offer pass to the next entry. A reservation's paid deposit
/// is refunded first (nothing changes when the provider cannot be reached), a due one is no longer asked for.
/// </summary>
public sealed class LeaveWaitlistHandler(
    IPortalDb db,
    CustomerEntries entries,
    WaitlistPlaces places,
    WaitlistOffers offers,
    ReservationDeposits deposits,
    Acting acting,
    TimeProvider clock)
{
    public async Task HandleAsync(LeaveWaitlistCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        acting.As(actor);
        var entry = await entries.FindAsync(command.EntryId, command.SeenVersion, actor, cancellationToken);
        var before = await places.OfAsync(entry.ProductId, cancellationToken);
        var wasOffered = entry.Status == WaitlistStatus.Offered;
        entry.Leave(clock.GetUtcNow().UtcDateTime);
        await deposits.SettleOnLeavingAsync(entry, actor, cancellationToken);
        await using (var transaction = await db.BeginTransactionAsync(cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
            if (wasOffered)
            {
                await offers.ReleaseOfferAsync(entry, cancellationToken);
            }
            await places.NoteMovesAsync(entry.ProductId, before, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        await offers.OfferFreeSupplyAsync(cancellationToken);
    }
}
