using Portal.Application.Common;

namespace Portal.Application.Webhooks.EnableWebhookEndpoint;

/// <summary>An administrator of the company has events sent to a disabled endpoint again. An endpoint that already is refuses it.</summary>
public sealed class EnableWebhookEndpointHandler(IPortalDb db, OwnEndpoints endpoints, TimeProvider clock)
{
    public async Task HandleAsync(EnableWebhookEndpointCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        var endpoint = await endpoints.ToChangeAsync(command.EndpointId, actor, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        endpoint.Enable();
        db.Record(now, actor, endpoint, WebhookAudit.EndpointEnabled, endpoint.Url);
        await db.SaveChangesAsync(cancellationToken);
    }
}
