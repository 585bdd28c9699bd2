using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;

namespace Portal.Application.Webhooks.DeleteWebhookEndpoint;

/// <summary>An administrator of the company deletes an endpoint and its delivery log; the audit row keeps its URL.</summary>
public sealed class DeleteWebhookEndpointHandler(IPortalDb db, OwnEndpoints endpoints, TimeProvider clock)
{
    public async Task HandleAsync(DeleteWebhookEndpointCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        var endpoint = await endpoints.ToChangeAsync(command.EndpointId, actor, cancellationToken);
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        await db.WebhookDeliveries.Where(d => d.EndpointId == endpoint.Id).ExecuteDeleteAsync(cancellationToken);
        db.WebhookEndpoints.Remove(endpoint);
        db.Record(clock.GetUtcNow().UtcDateTime, actor, endpoint, WebhookAudit.EndpointDeleted, endpoint.Url);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
