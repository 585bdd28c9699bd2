using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Application.Quotes.Review;

namespace Portal.Application.Quotes.Reject;

/// <summary>Sales rejects a request it cannot quote, saying why; whatever supply the request held goes back.</summary>
public sealed class RejectQuoteHandler(IPortalDb db, NotedDecision decision, Acting acting, TimeProvider clock)
{
    public async Task<Result> HandleAsync(int quoteId, int? seenVersion, DecisionNote note, Actor actor, CancellationToken cancellationToken = default)
    {
        acting.As(actor).EnsureStaff();
        var quote = await db.FindSeenAsync(quoteId, seenVersion, actor, cancellationToken);
        return await decision.TakeAsync(quote, note, (q, text) => q.Reject(text, clock.GetUtcNow().UtcDateTime), cancellationToken);
    }
}
