using Portal.Application.Common.Events;
using Portal.Application.Webhooks;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Events;

/// <summary>The quote events an organization's webhook endpoints may subscribe to become deliveries in the outbox.</summary>
public sealed class QuoteWebhooks(WebhookEvents webhooks) : IHandles<QuoteIssued>, IHandles<QuoteExpired>
{
    public Task HandleAsync(QuoteIssued happened, CancellationToken cancellationToken) => webhooks.QuoteIssuedAsync(happened.Quote, cancellationToken);

    public Task HandleAsync(QuoteExpired happened, CancellationToken cancellationToken) => webhooks.QuoteExpiredAsync(happened.Quote, cancellationToken);
}
