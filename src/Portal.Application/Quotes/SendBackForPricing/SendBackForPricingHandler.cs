using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Application.Quotes.Review;

namespace Portal.Application.Quotes.SendBackForPricing;

/// <summary>An admin sends a quote waiting for approval back to the salesperson who priced it, saying why.</summary>
public sealed class SendBackForPricingHandler(IPortalDb db, NotedDecision decision, Acting acting, TimeProvider clock)
{
    public async Task<Result> HandleAsync(int quoteId, int? seenVersion, DecisionNote note, Actor actor, CancellationToken cancellationToken = default)
    {
        if (!acting.As(actor).IsAdmin)
        {
            throw new NotAllowedException("Only an admin can decide on a discount above the sales authority.");
        }
        var quote = await db.FindSeenAsync(quoteId, seenVersion, actor, cancellationToken);
        return await decision.TakeAsync(quote, note, (q, text) => q.SendBackForPricing(text, clock.GetUtcNow().UtcDateTime), cancellationToken);
    }
}
