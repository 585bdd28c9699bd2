using Portal.Application.Common;

namespace Portal.Application.Webhooks.DisableWebhookEndpoint;

/// <summary>An administrator of the company stops events going to an endpoint. An endpoint that already is refuses it.</summary>
public sealed class DisableWebhookEndpointHandler(IPortalDb db, OwnEndpoints endpoints, TimeProvider clock)
{
    public async Task HandleAsync(DisableWebhookEndpointCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        var endpoint = await endpoints.ToChangeAsync(command.EndpointId, actor, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        endpoint.Disable(now);
        db.Record(now, actor, endpoint, WebhookAudit.EndpointDisabled, endpoint.Url);
        await db.SaveChangesAsync(cancellationToken);
    }
}
