using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Application.Common;
using Portal.Domain.Api;

namespace Portal.Application.Api.CreateApiKey;

/// <summary>
/// Makes a key that acts as the person who made it; answers its text, which is shown once. A company has at most
/// <see cref="ApiKeyLimit.PerCompany"/> active keys.
/// </summary>
public sealed class CreateApiKeyHandler(IPortalDb db, ApiKeyOwners owners, IValidator<CreateApiKeyCommand> validator, IOptions<ApiKeyLimit> limit,
    TimeProvider clock)
{
    public async Task<Result<string>> HandleAsync(CreateApiKeyCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        await owners.EnsureOwnerAsync(actor, cancellationToken);
        var checkedInput = await validator.ValidateAsync(command, cancellationToken);
        if (!checkedInput.IsValid)
        {
            return Result<string>.Fail(checkedInput.ToFieldErrors());
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var scopes = command.Write ? ApiScopes.Read | ApiScopes.Write : ApiScopes.Read;
        var (key, text) = ApiKey.Create(command.Name!, scopes, actor.UserId, ApiKeyOwners.OrganizationOf(actor), now);
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var perCompany = limit.Value.PerCompany;
        if (await owners.KeysOf(actor).CountAsync(k => k.RevokedUtc == null, cancellationToken) >= perCompany)
        {
            var whose = actor.IsStaff ? "There are" : "Your company has";
            return Result<string>.Fail(nameof(command.Name), $"{whose} {perCompany} active keys, the most allowed: revoke one that is no longer used to make another.");
        }
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        db.Record(now, actor, key, ApiKeyAudit.Created, null, $"{key.Name} ({key.Prefix}), {key.Scopes}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result<string>.Ok(text);
    }
}
