using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Portal.StripeStandIn;

/// <summary>
/// Signs a webhook body as Stripe does: <c>Stripe-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256 of "t.body"
/// keyed with the endpoint secret&gt;</c>.
/// </summary>
public static class WebhookSigner
{
    public const string Header = "Stripe-Signature";

    public static string Sign(string body, string secret, DateTimeOffset at)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}"));
        return $"t={timestamp},v1={Convert.ToHexStringLower(signature)}";
    }
}
