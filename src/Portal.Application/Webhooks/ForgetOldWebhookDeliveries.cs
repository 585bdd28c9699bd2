using Portal.Application.Common;
using Portal.Domain.Webhooks;

namespace Portal.Application.Webhooks;

/// <summary>Forgets the deliveries that ended (delivered or failed) and were raised more than <see cref="WebhookDelivery.KeptFor"/> ago.</summary>
public sealed class ForgetOldWebhookDeliveries(IPortalDb db, TimeProvider clock)
    : ForgetEnded<WebhookDelivery>("Forget old webhook deliveries", db.WebhookDeliveries, WebhookDelivery.KeptFor, clock);
