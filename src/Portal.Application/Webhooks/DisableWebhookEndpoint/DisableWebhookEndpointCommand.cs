namespace Portal.Application.Webhooks.DisableWebhookEndpoint;

/// <summary>An administrator of the company stops events going to an endpoint.</summary>
public sealed record DisableWebhookEndpointCommand(int EndpointId);
