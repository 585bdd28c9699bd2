namespace Portal.Application.Webhooks;

/// <summary>Checks an endpoint's URL before it is registered: its form, and where its host resolves to (see <see cref="Domain.Webhooks.WebhookAddress"/>).</summary>
public interface IWebhookAddresses
{
    /// <summary>The URL to register, or what is wrong with it, in words for the form.</summary>
    Task<(Uri? Url, string? Problem)> CheckAsync(string? url, CancellationToken cancellationToken);
}
