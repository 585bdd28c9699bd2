using Portal.Application.Common.Events;
using Portal.Application.Webhooks;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Events;

/// <summary>The quote events an organization's webhook endpoints may subscribe to become deliveries in the outbox.</summary>
public sealed class QuoteWebhooks(WebhookEvents webhooks)
    : IHandles<QuoteIssued>, IHandles<QuoteExpired>, IHandles<MessagePosted>, IHandles<BuyerApprovalGiven>, IHandles<QuoteAccepted>
{
    /// <summary>An issued quote is the customer's news, and waits for an approval by the customer's company.</summary>
    public async Task HandleAsync(QuoteIssued happened, CancellationToken cancellationToken)
    {
        await webhooks.QuoteIssuedAsync(happened.Quote, cancellationToken);
        await webhooks.QuoteAwaitingApprovalAsync(happened.Quote, cancellationToken);
    }

    /// <summary>A first approval leaves the quote waiting for the next.</summary>
    public Task HandleAsync(BuyerApprovalGiven happened, CancellationToken cancellationToken) => webhooks.QuoteAwaitingApprovalAsync(happened.Quote, cancellationToken);

    public Task HandleAsync(QuoteAccepted happened, CancellationToken cancellationToken) => webhooks.QuoteAcceptedAsync(happened.Quote, cancellationToken);

    public Task HandleAsync(QuoteExpired happened, CancellationToken cancellationToken) => webhooks.QuoteExpiredAsync(happened.Quote, cancellationToken);

    /// <summary>Integrations hear of the conversation's messages, never of an internal note.</summary>
    public Task HandleAsync(MessagePosted happened, CancellationToken cancellationToken) =>
        happened.Message.IsInternal ? Task.CompletedTask : webhooks.MessagePostedAsync(happened.Message, happened.Quote, cancellationToken);
}
