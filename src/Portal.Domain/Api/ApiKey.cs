using System.Security.Cryptography;
using System.Text;
using Portal.Domain.Common;

namespace Portal.Domain.Api;

/// <summary>
/// A key a procurement system calls the API with, acting as the person who created it (with that person's rights) and
/// limited to its scopes. Only its SHA-256 is kept: the key itself is shown once, when it is made. A revoked key stays
/// on record, unusable.
/// </summary>
[ShownOn(ShownOn.NoKeptPage)]
public sealed class ApiKey
{
    public const int NameMaxLength = 80;
    public const int PrefixLength = 12;
    public const string Marker = "portal";

    private ApiKey()
    {
        Name = string.Empty;
        Prefix = string.Empty;
        SecretSha256 = string.Empty;
        UserId = string.Empty;
    }

    private ApiKey(string name, ApiScopes scopes, string userId, int? organizationId, string prefix, string secret, DateTime now)
        : this()
    {
        if (scopes == ApiScopes.None || (scopes & ~(ApiScopes.Read | ApiScopes.Write)) != 0)
        {
            throw new DomainException("A key reads, or reads and writes.");
        }
        Name = name.Trim();
        Scopes = scopes | ApiScopes.Read;
        UserId = userId;
        OrganizationId = organizationId;
        Prefix = prefix;
        SecretSha256 = Hash(secret);
        CreatedUtc = now;
    }

    public int Id { get; private set; }
    public string Name { get; private set; }
    public ApiScopes Scopes { get; private set; }

    /// <summary>The person the key acts as.</summary>
    public string UserId { get; private set; }

    /// <summary>The organization whose data it reaches; null for a staff key.</summary>
    public int? OrganizationId { get; private set; }

    /// <summary>The public part of the key, which finds it; shown in lists so people can tell keys apart.</summary>
    public string Prefix { get; private set; }

    public string SecretSha256 { get; private set; }
    public DateTime CreatedUtc { get; private set; }
    public DateTime? LastUsedUtc { get; private set; }
    public DateTime? RevokedUtc { get; private set; }

    public bool IsRevoked => RevokedUtc is not null;

    /// <summary>A new key and the text to give its owner, once: "portal_{prefix}_{secret}".</summary>
    public static (ApiKey Key, string Text) Create(string name, ApiScopes scopes, string userId, int? organizationId, DateTime now)
    {
        var prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(PrefixLength / 2));
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        return (new ApiKey(name, scopes, userId, organizationId, prefix, secret, now), $"{Marker}_{prefix}_{secret}");
    }

    /// <summary>The prefix and secret of a key's text; false for text that is not shaped like a key.</summary>
    public static bool TryRead(string? text, out string prefix, out string secret)
    {
        var parts = (text ?? string.Empty).Split('_', 3);
        var shaped = parts.Length == 3 && parts[0] == Marker && parts[1].Length == PrefixLength && parts[2].Length > 0;
        (prefix, secret) = shaped ? (parts[1], parts[2]) : (string.Empty, string.Empty);
        return shaped;
    }

    /// <summary>Whether the secret is this key's, compared in constant time.</summary>
    public bool Opens(string secret) =>
        !IsRevoked && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(SecretSha256));

    public void Revoke(DateTime now)
    {
        if (IsRevoked)
        {
            throw new DomainException($"The key '{Name}' is already revoked.");
        }
        RevokedUtc = now;
    }

    /// <summary>Notes a use; at most once a minute, so that a busy key does not write on every call.</summary>
    public bool RecordUse(DateTime now)
    {
        if (LastUsedUtc is { } last && now - last < TimeSpan.FromMinutes(1))
        {
            return false;
        }
        LastUsedUtc = now;
        return true;
    }

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
