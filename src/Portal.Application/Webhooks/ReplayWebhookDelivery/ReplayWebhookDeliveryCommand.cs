namespace Portal.Application.Webhooks.ReplayWebhookDelivery;

/// <summary>The company's first user has a delivery sent again.</summary>
public sealed record ReplayWebhookDeliveryCommand(long DeliveryId);
