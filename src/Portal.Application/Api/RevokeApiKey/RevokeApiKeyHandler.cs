using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;

namespace Portal.Application.Api.RevokeApiKey;

/// <summary>Revokes one of the keys the actor keeps; a key already revoked refuses it.</summary>
public sealed class RevokeApiKeyHandler(IPortalDb db, ApiKeyOwners owners, TimeProvider clock)
{
    public async Task HandleAsync(RevokeApiKeyCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        await owners.EnsureOwnerAsync(actor, cancellationToken);
        var key = await owners.KeysOf(actor).SingleOrDefaultAsync(k => k.Id == command.KeyId, cancellationToken)
            ?? throw new NotFoundException("The key");
        var now = clock.GetUtcNow().UtcDateTime;
        key.Revoke(now);
        db.Record(now, actor, key, ApiKeyAudit.Revoked, $"{key.Name} ({key.Prefix})", null);
        await db.SaveChangesAsync(cancellationToken);
    }
}
