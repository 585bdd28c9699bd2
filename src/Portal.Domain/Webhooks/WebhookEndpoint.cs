using System.Security.Cryptography;
using Portal.Domain.Common;

namespace Portal.Domain.Webhooks;

/// <summary>
/// An address of an organization's own system that the portal posts the events it subscribed to, signed with a secret
/// the portal made for it (and shows its owner, who needs it to verify). A disabled endpoint gets nothing new.
/// </summary>
[ShownOn(ShownOn.NoKeptPage)]
public sealed class WebhookEndpoint
{
    public const int UrlMaxLength = 500;
    public const int EventTypesMaxLength = 200;
    public const int SecretLength = 49;
    public const string SecretMarker = "whsec_";

    private WebhookEndpoint()
    {
        Url = string.Empty;
        EventTypes = string.Empty;
        Secret = string.Empty;
    }

    public WebhookEndpoint(int organizationId, Uri url, IEnumerable<string> eventTypes, DateTime now)
        : this()
    {
        var types = eventTypes.Distinct().ToList();
        if (types.Count == 0 || !types.All(WebhookEventTypes.IsKnown))
        {
            throw new DomainException("Choose at least one of the events the portal sends.");
        }
        OrganizationId = organizationId;
        Url = url.AbsoluteUri;
        EventTypes = string.Join(' ', WebhookEventTypes.All.Select(t => t.Type).Where(types.Contains));
        Secret = NewSecret();
        CreatedUtc = now;
    }

    public int Id { get; private set; }
    public int OrganizationId { get; private set; }
    public string Url { get; private set; }

    /// <summary>The subscribed types, separated by spaces.</summary>
    public string EventTypes { get; private set; }

    /// <summary>The key of the HMAC-SHA256 signatures: this text's UTF-8 bytes.</summary>
    public string Secret { get; private set; }

    public DateTime CreatedUtc { get; private set; }
    public DateTime? SecretRotatedUtc { get; private set; }
    public DateTime? DisabledUtc { get; private set; }

    public bool IsDisabled => DisabledUtc is not null;

    public IReadOnlyList<string> Events => EventTypes.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public bool Subscribes(string type) => !IsDisabled && Events.Contains(type);

    /// <summary>A new secret, from now on; deliveries already sent were signed with the old one.</summary>
    public void RotateSecret(DateTime now)
    {
        Secret = NewSecret();
        SecretRotatedUtc = now;
    }

    public void Disable(DateTime now)
    {
        if (IsDisabled)
        {
            throw new DomainException("The endpoint is already disabled.");
        }
        DisabledUtc = now;
    }

    public void Enable()
    {
        if (!IsDisabled)
        {
            throw new DomainException("The endpoint is already enabled.");
        }
        DisabledUtc = null;
    }

    private static string NewSecret() =>
        SecretMarker + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
