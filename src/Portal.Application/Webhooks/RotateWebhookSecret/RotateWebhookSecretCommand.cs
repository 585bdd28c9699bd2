namespace Portal.Application.Webhooks.RotateWebhookSecret;

/// <summary>An administrator of the company gives an endpoint a new signing secret.</summary>
public sealed record RotateWebhookSecretCommand(int EndpointId);
