namespace Portal.Application.Webhooks.AddWebhookEndpoint;

/// <summary>A company's new webhook endpoint: where to post, and which events (<see cref="Portal.Domain.Webhooks.WebhookEventTypes"/>).</summary>
public sealed record AddWebhookEndpointCommand(string? Url, IReadOnlyCollection<string>? Events);
