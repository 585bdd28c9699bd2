using Portal.Application.Common.Events;
using Portal.Application.Webhooks;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Events;

/// <summary>The quote events an organization's webhook endpoints may subscribe to become deliveries in the outbox.</summary>
public sealed class QuoteWebhooks(WebhookEvents webhooks) : IHandles<QuoteIssued>, IHandles<QuoteExpired>, IHandles<MessagePosted>
{
    public Task HandleAsync(QuoteIssued happened, CancellationToken cancellationToken) => webhooks.QuoteIssuedAsync(happened.Quote, cancellationToken);

    public Task HandleAsync(QuoteExpired happened, CancellationToken cancellationToken) => webhooks.QuoteExpiredAsync(happened.Quote, cancellationToken);

    /// <summary>Integrations hear of the conversation's messages, never of an internal note.</summary>
    public Task HandleAsync(MessagePosted happened, CancellationToken cancellationToken) =>
        happened.Message.IsInternal ? Task.CompletedTask : webhooks.MessagePostedAsync(happened.Message, happened.Quote, cancellationToken);
}
