namespace Portal.Application.Webhooks.DeleteWebhookEndpoint;

/// <summary>An administrator of the company deletes an endpoint, with its delivery log.</summary>
public sealed record DeleteWebhookEndpointCommand(int EndpointId);
