using Portal.Application.Common;
using Portal.Application.Common.Events;

namespace Portal.Application.Waitlist.DeclineOffer;

/// <summary>The customer turns an offer down: the entry leaves the line and the units go to the next in it.</summary>
public sealed class DeclineOfferHandler(IPortalDb db, CustomerEntries entries, WaitlistOffers offers, Acting acting, TimeProvider clock)
{
    public async Task HandleAsync(DeclineOfferCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        acting.As(actor);
        var entry = await entries.FindAsync(command.EntryId, command.SeenVersion, actor, cancellationToken);
        await using (var transaction = await db.BeginTransactionAsync(cancellationToken))
        {
            entry.DeclineOffer(clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(cancellationToken);
            await offers.ReleaseOfferAsync(entry, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        await offers.OfferFreeSupplyAsync(cancellationToken);
    }
}
