using Portal.Application.Common;
using Portal.Application.Common.Events;

namespace Portal.Application.Quotes.Claim;

/// <summary>A member of staff takes a submitted request to work on it, or takes it over from a colleague.</summary>
public sealed class ClaimQuoteHandler(IPortalDb db, Acting acting, TimeProvider clock)
{
    public async Task HandleAsync(int quoteId, int? seenVersion, Actor actor, CancellationToken cancellationToken = default)
    {
        acting.As(actor).EnsureStaff();
        var quote = await db.FindSeenAsync(quoteId, seenVersion, actor, cancellationToken);
        quote.Claim(actor.UserId, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
    }
}
