using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;

namespace Portal.Application.Api.Pages;

/// <summary>The page of API keys: the active first, newest first, and whether the one who looks may make and revoke them.</summary>
public sealed class ApiKeysPageQuery(ApiKeyOwners owners)
{
    public async Task<ApiKeysPage> LoadAsync(Actor actor, CancellationToken cancellationToken = default) =>
        new(await owners.KeysOf(actor).AsNoTracking().OrderBy(k => k.RevokedUtc != null).ThenByDescending(k => k.CreatedUtc).ToListAsync(cancellationToken),
            await owners.MayManageAsync(actor, cancellationToken), actor.IsStaff);
}
