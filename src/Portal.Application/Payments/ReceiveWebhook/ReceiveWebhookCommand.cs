namespace Portal.Application.Payments.ReceiveWebhook;

/// <summary>An event the payment provider posted: its body as sent and the signature header that vouches for it (none when missing).</summary>
public sealed record ReceiveWebhookCommand(string Body, string? Signature);
