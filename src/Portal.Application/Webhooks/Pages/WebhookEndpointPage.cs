using Portal.Application.Common;
using Portal.Domain.Webhooks;

namespace Portal.Application.Webhooks.Pages;

/// <summary>One endpoint with a page of its deliveries, newest first, and whether the one who looks may change it.</summary>
public sealed record WebhookEndpointPage(WebhookEndpoint Endpoint, Page<WebhookDelivery> Deliveries, bool MayManage);
