using Portal.Domain.Common;

namespace Portal.Domain.Api;

/// <summary>
/// A POST an API key sent with an Idempotency-Key header, and the answer it got: the same key with the same request
/// gets that answer again instead of doing the work twice. Kept for <see cref="KeptFor"/>.
/// </summary>
[ShownOn(ShownOn.NoKeptPage)]
public sealed class IdempotentRequest
{
    public const int KeyMaxLength = 200;
    public static readonly TimeSpan KeptFor = TimeSpan.FromHours(24);

    private IdempotentRequest()
    {
        Key = string.Empty;
        Fingerprint = string.Empty;
    }

    public IdempotentRequest(int apiKeyId, string key, string fingerprint, DateTime now)
        : this()
    {
        if (key.Length is 0 or > KeyMaxLength)
        {
            throw new ArgumentException($"An idempotency key has 1 to {KeyMaxLength} characters.", nameof(key));
        }
        ApiKeyId = apiKeyId;
        Key = key;
        Fingerprint = fingerprint;
        CreatedUtc = now;
    }

    public int Id { get; private set; }
    public int ApiKeyId { get; private set; }
    public string Key { get; private set; }

    /// <summary>The SHA-256 of the method, address and body: a key sent again with another request is refused.</summary>
    public string Fingerprint { get; private set; }

    public DateTime CreatedUtc { get; private set; }

    /// <summary>Null while the first request is still being handled.</summary>
    public int? StatusCode { get; private set; }

    public string? ContentType { get; private set; }
    public string? Location { get; private set; }
    public byte[]? Body { get; private set; }

    public bool IsAnswered => StatusCode is not null;

    public bool IsForgottenAt(DateTime now) => now - CreatedUtc >= KeptFor;

    public void Answer(int statusCode, string? contentType, string? location, byte[] body)
    {
        if (IsAnswered)
        {
            throw new InvalidOperationException("The request was answered already.");
        }
        (StatusCode, ContentType, Location, Body) = (statusCode, contentType, location, body);
    }
}
