using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;

namespace Portal.Application.Webhooks.Pages;

public sealed class WebhookEndpointsPageQuery(IPortalDb db, OwnEndpoints endpoints)
{
    public async Task<WebhookEndpointsPage> LoadAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var organizationId = actor.CustomerOrganizationId;
        var list = await db.WebhookEndpoints.AsNoTracking().Where(e => e.OrganizationId == organizationId)
            .OrderBy(e => e.DisabledUtc != null).ThenBy(e => e.Id).ToListAsync(cancellationToken);
        return new WebhookEndpointsPage(list, await endpoints.MayManageAsync(actor, cancellationToken));
    }
}
