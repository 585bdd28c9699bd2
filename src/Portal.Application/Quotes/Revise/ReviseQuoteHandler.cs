using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Application.Quotes.Holds;

namespace Portal.Application.Quotes.Revise;

/// <summary>
/// Sales opens the next revision of an issued, declined or expired quote to price it again. The issued revision can
/// no longer be accepted and the supply it held goes back until the new revision is issued; the customer is told.
/// </summary>
public sealed class ReviseQuoteHandler(IPortalDb db, AllocationHolds holds, Acting acting, TimeProvider clock)
{
    public async Task HandleAsync(int quoteId, int? seenVersion, Actor actor, CancellationToken cancellationToken = default)
    {
        acting.As(actor).EnsureStaff();
        var quote = await db.Quotes.WithBuyerApprovals().FindSeenAsync(quoteId, seenVersion, actor, cancellationToken);
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        quote.Revise(actor.UserId, clock.GetUtcNow().UtcDateTime);
        await holds.ReleaseAsync(quote, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
