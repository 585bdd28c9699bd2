using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Portal.StripeStandIn;

/// <summary>
/// Signs a webhook body as Stripe does: <c>Stripe-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256 of "t.body"
/// keyed with the endpoint secret&gt;</c>; the portal signs its own webhooks the same way, so the demo ERP's receiver
/// verifies them with it.
/// </summary>
public static class WebhookSigner
{
    public const string Header = "Stripe-Signature";

    public static string Sign(string body, string secret, DateTimeOffset at)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"t={timestamp},v1={Hex(body, secret, timestamp)}";
    }

    /// <summary>Whether the header signs the raw body with the secret, within the tolerance of now; compared in constant time.</summary>
    public static bool Verify(string body, string header, string secret, DateTimeOffset now, TimeSpan tolerance)
    {
        var fields = header.Split(',').Select(f => f.Split('=', 2)).Where(f => f.Length == 2).ToList();
        var timestamp = fields.FirstOrDefault(f => f[0] == "t")?[1];
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || (now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > tolerance)
        {
            return false;
        }
        var expected = Encoding.ASCII.GetBytes(Hex(body, secret, timestamp));
        return fields.Where(f => f[0] == "v1").Any(f => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(f[1]), expected));
    }

    private static string Hex(string body, string secret, string timestamp) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}")));
}
