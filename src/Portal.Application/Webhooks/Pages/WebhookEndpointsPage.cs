using Portal.Domain.Webhooks;

namespace Portal.Application.Webhooks.Pages;

/// <summary>The company's endpoints, the enabled first, and whether the one who looks may change them.</summary>
public sealed record WebhookEndpointsPage(IReadOnlyList<WebhookEndpoint> Endpoints, bool MayManage);
