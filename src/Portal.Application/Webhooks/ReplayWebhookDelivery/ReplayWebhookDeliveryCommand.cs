namespace Portal.Application.Webhooks.ReplayWebhookDelivery;

/// <summary>An administrator of the company has a delivery sent again.</summary>
public sealed record ReplayWebhookDeliveryCommand(long DeliveryId);
