namespace Portal.Application.Webhooks.EnableWebhookEndpoint;

/// <summary>An administrator of the company has events sent to a disabled endpoint again.</summary>
public sealed record EnableWebhookEndpointCommand(int EndpointId);
