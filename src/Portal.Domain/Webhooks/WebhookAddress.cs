using System.Net;
using System.Net.Sockets;

namespace Portal.Domain.Webhooks;

/// <summary>
/// Which addresses the portal posts webhooks to: absolute https URLs without credentials whose host resolves only to
/// public addresses. Loopback, private, link-local, shared (CGNAT), multicast and unspecified addresses would let a
/// customer make the portal call into its own network (SSRF); they, and plain http, are allowed only where the
/// setting says so (development and tests, with a receiver on the same machine).
/// </summary>
public static class WebhookAddress
{
    /// <summary>What is wrong with the text as an endpoint's URL, before its host is resolved; null when nothing is.</summary>
    public static string? ProblemWith(string? text, bool allowPrivate, out Uri? url)
    {
        url = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return "Enter the URL the portal should post events to.";
        }
        if (text.Trim().Length > WebhookEndpoint.UrlMaxLength)
        {
            return $"The URL is too long (at most {WebhookEndpoint.UrlMaxLength} characters).";
        }
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var parsed) || (parsed.Scheme != Uri.UriSchemeHttps && parsed.Scheme != Uri.UriSchemeHttp))
        {
            return "Enter a full https URL, such as https://erp.example.com/portal-events.";
        }
        if (parsed.Scheme != Uri.UriSchemeHttps && !allowPrivate)
        {
            return "The URL must start with https://: events are sent encrypted only.";
        }
        if (!string.IsNullOrEmpty(parsed.UserInfo) || !string.IsNullOrEmpty(parsed.Fragment))
        {
            return "The URL may not carry a user name, a password or a #fragment.";
        }
        url = parsed;
        return null;
    }

    /// <summary>What is wrong with the addresses a host resolved to; null when the portal may post there.</summary>
    public static string? ProblemWith(IReadOnlyCollection<IPAddress> addresses, bool allowPrivate)
    {
        if (addresses.Count == 0)
        {
            return "The URL's host name cannot be found.";
        }
        return allowPrivate || addresses.All(IsPublic)
            ? null
            : "The URL leads to a private, loopback or link-local address; the portal posts only to public addresses.";
    }

    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (IPAddress.IsLoopback(address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.Broadcast))
        {
            return false;
        }
        return address.AddressFamily == AddressFamily.InterNetwork ? IsPublicV4(address.GetAddressBytes()) : IsPublicV6(address);
    }

    private static bool IsPublicV4(byte[] b) =>
        !(b[0] == 0 || b[0] == 10 || b[0] == 127 || b[0] >= 224
          || (b[0] == 100 && b[1] >= 64 && b[1] < 128)
          || (b[0] == 169 && b[1] == 254)
          || (b[0] == 172 && b[1] >= 16 && b[1] < 32)
          || (b[0] == 192 && b[1] == 168)
          || (b[0] == 192 && b[1] == 0 && b[2] == 0));

    private static bool IsPublicV6(IPAddress address) =>
        !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal);
}
