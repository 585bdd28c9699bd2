namespace Portal.Application.Webhooks.RotateWebhookSecret;

/// <summary>The company's first user gives an endpoint a new signing secret.</summary>
public sealed record RotateWebhookSecretCommand(int EndpointId);
