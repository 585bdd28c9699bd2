using Portal.Domain.Api;

namespace Portal.Application.Api;

/// <summary>
/// Remembers the POSTs sent with an Idempotency-Key: the first claims the key, its answer is kept, and the same key
/// again gets that answer back — or a refusal when it comes with another request, or while the first is still running.
/// A key is the API key's own: two keys may use the same text.
/// </summary>
public interface IIdempotentRequests
{
    Task<IdempotentClaim> ClaimAsync(int apiKeyId, string key, string fingerprint, CancellationToken cancellationToken = default);

    Task AnswerAsync(IdempotentRequest claimed, int statusCode, string? contentType, string? location, byte[] body,
        CancellationToken cancellationToken = default);

    /// <summary>Lets the key go, for a request that failed on our side (so that sending it again does the work).</summary>
    Task ReleaseAsync(IdempotentRequest claimed, CancellationToken cancellationToken = default);
}

public enum IdempotentClaimKind
{
    /// <summary>The key is new: do the work, then answer.</summary>
    First,

    /// <summary>The same request was answered: send that answer again.</summary>
    Answered,

    /// <summary>The same request is still being handled.</summary>
    InProgress,

    /// <summary>The key was used with another request.</summary>
    OtherRequest,
}

public sealed record IdempotentClaim(IdempotentClaimKind Kind, IdempotentRequest Request);
