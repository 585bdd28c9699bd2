namespace Portal.Application.Webhooks.DisableWebhookEndpoint;

/// <summary>The company's first user stops events going to an endpoint.</summary>
public sealed record DisableWebhookEndpointCommand(int EndpointId);
