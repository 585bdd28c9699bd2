using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Copy;

/// <summary>
/// Copies one of the company's quotes into a new draft (a reorder), saved with its lines: the buyer changes it and
/// submits it as any other draft, whose submission checks the catalog and the supply of today.
/// </summary>
public sealed class CopyQuoteHandler(IPortalDb db, Acting acting, TimeProvider clock)
{
    public async Task<Quote> HandleAsync(int quoteId, Actor actor, CancellationToken cancellationToken = default)
    {
        acting.As(actor);
        var quote = await db.FindDraftAsync(quoteId, actor, cancellationToken);
        var copy = quote.CopyAsDraft(actor.UserId, clock.GetUtcNow().UtcDateTime);
        db.Quotes.Add(copy);
        await db.SaveChangesAsync(cancellationToken);
        return copy;
    }
}
