using Portal.Application.Common;

namespace Portal.Application.Webhooks.RotateWebhookSecret;

/// <summary>An administrator of the company gives an endpoint a new signing secret. Requests are signed with it from now on.</summary>
public sealed class RotateWebhookSecretHandler(IPortalDb db, OwnEndpoints endpoints, TimeProvider clock)
{
    public async Task HandleAsync(RotateWebhookSecretCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        var endpoint = await endpoints.ToChangeAsync(command.EndpointId, actor, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        endpoint.RotateSecret(now);
        db.Record(now, actor, endpoint, WebhookAudit.SecretRotated, endpoint.Url);
        await db.SaveChangesAsync(cancellationToken);
    }
}
