using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Application.Accounts;
using Portal.Application.Common;
using Portal.Domain.Api;
using Portal.Domain.Common;

namespace Portal.Application.Api;

/// <summary>
/// An organization's first user makes and revokes its API keys; admins make and revoke the staff keys of staff
/// integrations (which read every company's quotes and deposits, as staff do). Each key acts as the person who made it,
/// with read or read and write scope, and is shown once. A key of another organization (or, for a customer, a staff
/// key) is not found; other members may not manage keys. A company has at most <see cref="ApiKeyLimit.PerCompany"/>
/// active keys.
/// </summary>
public sealed class ApiKeysHandler(IPortalDb db, IOptions<ApiKeyLimit> limit, TimeProvider clock)
{
    private const string Entity = "ApiKey";

    public async Task<IReadOnlyList<ApiKey>> ListAsync(Actor actor, CancellationToken cancellationToken = default) =>
        await Keys(actor).AsNoTracking().OrderBy(k => k.RevokedUtc != null).ThenByDescending(k => k.CreatedUtc).ToListAsync(cancellationToken);

    public async Task<bool> MayManageAsync(Actor actor, CancellationToken cancellationToken = default) =>
        actor.IsStaff
            ? actor.IsAdmin
            : await db.IsFirstUserAsync(actor, cancellationToken);

    /// <summary>The new key's text, to show once.</summary>
    public async Task<Result<string>> CreateAsync(string? name, bool write, Actor actor, CancellationToken cancellationToken = default)
    {
        await EnsureOwnerAsync(actor, cancellationToken);
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > ApiKey.NameMaxLength)
        {
            return Result<string>.Fail("Name", $"Name the key (at most {ApiKey.NameMaxLength} characters), say after the system that uses it.");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var (key, text) = ApiKey.Create(name, write ? ApiScopes.Read | ApiScopes.Write : ApiScopes.Read, actor.UserId, OrganizationOf(actor), now);
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var perCompany = limit.Value.PerCompany;
        if (await Keys(actor).CountAsync(k => k.RevokedUtc == null, cancellationToken) >= perCompany)
        {
            var whose = actor.IsStaff ? "There are" : "Your company has";
            return Result<string>.Fail("Name", $"{whose} {perCompany} active keys, the most allowed: revoke one that is no longer used to make another.");
        }
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
        var key = await Keys(actor).SingleOrDefaultAsync(k => k.Id == id, cancellationToken) ?? throw new NotFoundException("The key");
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

    /// <summary>The keys the actor's page shows: its company's, or for staff the staff keys.</summary>
    private IQueryable<ApiKey> Keys(Actor actor)
    {
        var organizationId = OrganizationOf(actor);
        return db.ApiKeys.Where(k => k.OrganizationId == organizationId);
    }

    private static int? OrganizationOf(Actor actor) => actor.IsStaff ? null : actor.CustomerOrganizationId;

    private async Task EnsureOwnerAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (!await MayManageAsync(actor, cancellationToken))
        {
            throw new NotAllowedException(actor.IsStaff ? "Only admins manage staff API keys." : "Only your company's first user manages its API keys.");
        }
    }

    private static string Id(ApiKey key) => key.Id.ToString(CultureInfo.InvariantCulture);
}
