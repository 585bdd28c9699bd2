using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Application.Quotes.Review;

namespace Portal.Application.Quotes.RequestChanges;

/// <summary>Sales sends the request it reviews back to the customer, saying what to change.</summary>
public sealed class RequestChangesHandler(IPortalDb db, NotedDecision decision, Acting acting, TimeProvider clock)
{
    public async Task<Result> HandleAsync(int quoteId, int? seenVersion, DecisionNote note, Actor actor, CancellationToken cancellationToken = default)
    {
        acting.As(actor).EnsureStaff();
        var quote = await db.FindSeenAsync(quoteId, seenVersion, actor, cancellationToken);
        return await decision.TakeAsync(quote, note, (q, text) => q.RequestChanges(text, clock.GetUtcNow().UtcDateTime), cancellationToken);
    }
}
