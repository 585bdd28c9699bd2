using Portal.Application.Common;
using Portal.Application.Common.Events;

namespace Portal.Application.Quotes.RemoveProduct;

/// <summary>The customer takes a loose product's line off its draft.</summary>
public sealed class RemoveProductHandler(IPortalDb db, Acting acting, TimeProvider clock)
{
    public async Task HandleAsync(int quoteId, int lineId, Actor actor, CancellationToken cancellationToken = default)
    {
        acting.As(actor);
        var quote = await db.FindDraftAsync(quoteId, actor, cancellationToken);
        quote.RemoveProduct(lineId, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
    }
}
