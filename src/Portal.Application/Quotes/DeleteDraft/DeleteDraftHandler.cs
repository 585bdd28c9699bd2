using Portal.Application.Common;
using Portal.Domain.Common;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.DeleteDraft;

/// <summary>The customer deletes a draft it never submitted; a submitted request is cancelled instead.</summary>
public sealed class DeleteDraftHandler(IPortalDb db)
{
    public async Task HandleAsync(int quoteId, Actor actor, CancellationToken cancellationToken = default)
    {
        var quote = await db.FindDraftAsync(quoteId, actor, cancellationToken);
        if (quote.Status != QuoteStatus.Draft)
        {
            throw new DomainException($"{quote.Reference} has been submitted; only a draft can be deleted.");
        }
        db.Quotes.Remove(quote);
        await db.SaveChangesAsync(cancellationToken);
    }
}
