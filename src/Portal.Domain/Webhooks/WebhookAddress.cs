using System.Net;

namespace Portal.Domain.Webhooks;

/// <summary>
/// Which addresses the portal posts webhooks to: absolute https URLs without credentials whose host resolves only to
/// public addresses. Loopback, private, link-local, shared (CGNAT), multicast, unspecified and every other special-purpose
/// address (also when an IPv6 form carries it) would let a customer make the portal call into its own network (SSRF);
/// they, and plain http, are allowed only where the setting says so (development and tests, with a receiver on the same machine).
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
            : "The URL leads to a private, loopback or link-local address (or another that is not public); the portal posts only to public addresses.";
    }

    /// <summary>Whether the address is globally reachable (see <see cref="SpecialAddresses"/>).</summary>
    public static bool IsPublic(IPAddress address) => SpecialAddresses.IsPublic(address);
}
