using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Application.Webhooks;
using Portal.Domain.Payments;

namespace Portal.Application.Payments.Events;

/// <summary>A paid deposit becomes a delivery to the organization's endpoints that subscribe to it, naming the quote it is for.</summary>
public sealed class DepositWebhooks(IPortalDb db, WebhookEvents webhooks) : IHandles<DepositPaid>
{
    public async Task HandleAsync(DepositPaid happened, CancellationToken cancellationToken)
    {
        var deposit = happened.Deposit;
        var quote = deposit.QuoteId is { } quoteId ? await db.Quotes.SingleAsync(q => q.Id == quoteId, cancellationToken) : null;
        await webhooks.DepositConfirmedAsync(deposit, quote, cancellationToken);
    }
}
