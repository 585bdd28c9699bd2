using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.CreateDraft;

/// <summary>
/// A new, empty draft of the actor's organization, saved: the save writes the draft's row first and then, with its
/// id, the creation's audit row, in one transaction.
/// </summary>
public sealed class CreateDraftHandler(IPortalDb db, Acting acting, TimeProvider clock)
{
    public async Task<Quote> HandleAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        acting.As(actor);
        var quote = new Quote(actor.CustomerWith(CompanyRoles.Requester), actor.UserId, clock.GetUtcNow().UtcDateTime);
        db.Quotes.Add(quote);
        await db.SaveChangesAsync(cancellationToken);
        return quote;
    }
}
