using Portal.Application.Common;
using Portal.Application.Common.Events;

namespace Portal.Application.Quotes.RemoveConfiguration;

/// <summary>The customer takes a rack configuration off its draft.</summary>
public sealed class RemoveConfigurationHandler(IPortalDb db, Acting acting, TimeProvider clock)
{
    public async Task HandleAsync(int quoteId, int configurationId, Actor actor, CancellationToken cancellationToken = default)
    {
        acting.As(actor);
        var quote = await db.FindDraftAsync(quoteId, actor, cancellationToken);
        quote.RemoveConfiguration(configurationId, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
    }
}
