using Microsoft.EntityFrameworkCore;
using Portal.Application.Api;
using Portal.Application.Common;
using Portal.Domain.Api;

namespace Portal.Infrastructure.Api;

/// <summary>
/// <inheritdoc cref="IIdempotentRequests"/> Works on a database context of its own, so that what it saves never mixes
/// with the request's work.
/// </summary>
public sealed class IdempotentRequests(IPortalDb db, TimeProvider clock) : IIdempotentRequests
{
    public async Task<IdempotentClaim> ClaimAsync(int apiKeyId, string key, string fingerprint, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (await FindAsync(apiKeyId, key, cancellationToken) is { } earlier)
        {
            if (!earlier.IsForgottenAt(now))
            {
                return Seen(earlier, fingerprint);
            }
            db.IdempotentRequests.Remove(earlier);
        }
        var claimed = new IdempotentRequest(apiKeyId, key, fingerprint, now);
        db.IdempotentRequests.Add(claimed);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return new IdempotentClaim(IdempotentClaimKind.First, claimed);
        }
        catch (DbUpdateException)
        {
            // The same key sent twice at once: the unique index let only the other one in.
            db.ChangeTracker.Clear();
            return Seen(await FindAsync(apiKeyId, key, cancellationToken) ?? throw new InvalidOperationException("The key was neither saved nor found."), fingerprint);
        }
    }

    public async Task AnswerAsync(IdempotentRequest claimed, int statusCode, string? contentType, string? location, byte[] body,
        CancellationToken cancellationToken = default)
    {
        claimed.Answer(statusCode, contentType, location, body);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task ReleaseAsync(IdempotentRequest claimed, CancellationToken cancellationToken = default)
    {
        db.IdempotentRequests.Remove(claimed);
        await db.SaveChangesAsync(cancellationToken);
    }

    private Task<IdempotentRequest?> FindAsync(int apiKeyId, string key, CancellationToken cancellationToken) =>
        db.IdempotentRequests.SingleOrDefaultAsync(r => r.ApiKeyId == apiKeyId && r.Key == key, cancellationToken);

    private static IdempotentClaim Seen(IdempotentRequest earlier, string fingerprint) => new(
        earlier.Fingerprint != fingerprint ? IdempotentClaimKind.OtherRequest
        : earlier.IsAnswered ? IdempotentClaimKind.Answered
        : IdempotentClaimKind.InProgress,
        earlier);
}

/// <summary>Forgets the idempotency keys older than a day.</summary>
public sealed class ForgetIdempotentRequests(IPortalDb db, TimeProvider clock) : IPortalJob
{
    public string Name => "Forget idempotency keys";

    public Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var before = clock.GetUtcNow().UtcDateTime - IdempotentRequest.KeptFor;
        return db.IdempotentRequests.Where(r => r.CreatedUtc < before).ExecuteDeleteAsync(cancellationToken);
    }
}
