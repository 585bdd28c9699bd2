using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Application.Webhooks;
using Portal.Domain.Waitlist;

namespace Portal.Application.Waitlist.Events;

/// <summary>An offer made becomes a delivery to each of the organization's webhook endpoints that subscribe to offers.</summary>
public sealed class WaitlistWebhooks(IPortalDb db, WebhookEvents webhooks) : IHandles<OfferMade>
{
    public async Task HandleAsync(OfferMade happened, CancellationToken cancellationToken)
    {
        var entry = happened.Entry;
        if (entry.Product is null)
        {
            await db.Entry(entry).Reference(e => e.Product).LoadAsync(cancellationToken);
        }
        await webhooks.OfferMadeAsync(entry, cancellationToken);
    }
}
