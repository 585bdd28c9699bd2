using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Portal.Domain.Webhooks;

/// <summary>
/// The <c>Portal-Signature</c> header: <c>t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256 of "&lt;t&gt;.&lt;body&gt;"&gt;</c>,
/// keyed with the endpoint's secret (its UTF-8 bytes). The timestamp is signed too, so an old request cannot be
/// replayed by someone who recorded it once it is older than the receiver's tolerance.
/// </summary>
public static class WebhookSignature
{
    public const string Header = "Portal-Signature";

    public static string Sign(string secret, DateTimeOffset at, string body)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"t={timestamp},v1={Hex(secret, timestamp, body)}";
    }

    /// <summary>Whether the header signs this body with this secret, at most <paramref name="tolerance"/> from now; compared in constant time.</summary>
    public static bool Verify(string? header, string secret, string body, DateTimeOffset now, TimeSpan tolerance)
    {
        var parts = (header ?? string.Empty).Split(',').Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToList();
        var timestamp = parts.FirstOrDefault(p => p[0] == "t")?[1];
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || (now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > tolerance)
        {
            return false;
        }
        var expected = Encoding.ASCII.GetBytes(Hex(secret, timestamp, body));
        return parts.Where(p => p[0] == "v1").Any(p => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(p[1]), expected));
    }

    private static string Hex(string secret, string timestamp, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));
}
