using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Portal.Application.Common;
using Portal.Domain.Webhooks;
using Portal.Infrastructure.Outbox;

namespace Portal.Infrastructure.Webhooks;

/// <summary>Sends every delivery that is due, a few at once (see <see cref="WebhookAttempt"/>), from any number of instances.</summary>
public sealed class WebhookSender(IPortalDb db, IServiceScopeFactory scopes, IOptions<WebhookOptions> options, TimeProvider clock)
    : OutboxSender<WebhookDelivery, WebhookAttempt>("Webhook deliveries",
        db.WebhookDeliveries.Where(d => d.State == WebhookDeliveryState.Pending), options.Value.Parallel, scopes, clock);
