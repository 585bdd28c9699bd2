using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Api;
using Portal.Domain.Common;

namespace Portal.Application.Api;

/// <summary>
/// An organization's first user makes and revokes its API keys: each acts as that person, with read or read and write
/// scope, and is shown once. Another organization's key is not found; other members may not manage keys.
/// </summary>
public sealed class ApiKeysHandler(IPortalDb db, TimeProvider clock)
{
    private const string Entity = "ApiKey";

    public async Task<IReadOnlyList<ApiKey>> ListAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var organizationId = actor.CustomerOrganizationId;
        return await db.ApiKeys.AsNoTracking().Where(k => k.OrganizationId == organizationId)
            .OrderBy(k => k.RevokedUtc != null).ThenByDescending(k => k.CreatedUtc).ToListAsync(cancellationToken);
    }

    public async Task<bool> MayManageAsync(Actor actor, CancellationToken cancellationToken = default) =>
        await db.Users.AnyAsync(u => u.Id == actor.UserId && u.OrganizationId == actor.CustomerOrganizationId && u.IsOrganizationOwner, cancellationToken);

    /// <summary>The new key's text, to show once.</summary>
    public async Task<Result<string>> CreateAsync(string? name, bool write, Actor actor, CancellationToken cancellationToken = default)
    {
        await EnsureOwnerAsync(actor, cancellationToken);
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > ApiKey.NameMaxLength)
        {
            return Result<string>.Fail("Name", $"Name the key (at most {ApiKey.NameMaxLength} characters), say after the system that uses it.");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var (key, text) = ApiKey.Create(name, write ? ApiScopes.Read | ApiScopes.Write : ApiScopes.Read, actor.UserId, actor.CustomerOrganizationId, now);
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        db.Audit(now, actor, Entity, Id(key), "ApiKeyCreated", null, $"{key.Name} ({key.Prefix}), {key.Scopes}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result<string>.Ok(text);
    }

    public async Task<Result> RevokeAsync(int id, Actor actor, CancellationToken cancellationToken = default)
    {
        await EnsureOwnerAsync(actor, cancellationToken);
        var organizationId = actor.CustomerOrganizationId;
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == id && k.OrganizationId == organizationId, cancellationToken)
            ?? throw new NotFoundException("The key");
        try
        {
            key.Revoke(clock.GetUtcNow().UtcDateTime);
        }
        catch (DomainException refused)
        {
            return Result.Fail("", refused.Message);
        }
        db.Audit(clock.GetUtcNow().UtcDateTime, actor, Entity, Id(key), "ApiKeyRevoked", $"{key.Name} ({key.Prefix})", null);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }

    private async Task EnsureOwnerAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (!await MayManageAsync(actor, cancellationToken))
        {
            throw new UnauthorizedAccessException("Only your company's first user manages its API keys.");
        }
    }

    private static string Id(ApiKey key) => key.Id.ToString(CultureInfo.InvariantCulture);
}
