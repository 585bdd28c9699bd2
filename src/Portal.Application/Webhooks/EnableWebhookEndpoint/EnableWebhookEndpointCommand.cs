namespace Portal.Application.Webhooks.EnableWebhookEndpoint;

/// <summary>The company's first user has events sent to a disabled endpoint again.</summary>
public sealed record EnableWebhookEndpointCommand(int EndpointId);
