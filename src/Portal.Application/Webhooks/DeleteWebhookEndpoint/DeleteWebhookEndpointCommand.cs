namespace Portal.Application.Webhooks.DeleteWebhookEndpoint;

/// <summary>The company's first user deletes an endpoint, with its delivery log.</summary>
public sealed record DeleteWebhookEndpointCommand(int EndpointId);
