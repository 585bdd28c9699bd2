using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Webhooks;

namespace Portal.Application.Webhooks.Pages;

public sealed class WebhookEndpointPageQuery(IPortalDb db, OwnEndpoints endpoints)
{
    public const int PageSize = 25;

    /// <summary>The company's endpoint of that id; another organization's is not found.</summary>
    public async Task<WebhookEndpointPage> LoadAsync(int endpointId, int page, Actor actor, CancellationToken cancellationToken = default)
    {
        var endpoint = await endpoints.FindAsync(endpointId, actor, cancellationToken);
        var deliveries = db.WebhookDeliveries.AsNoTracking().Where(d => d.EndpointId == endpoint.Id);
        var total = await deliveries.CountAsync(cancellationToken);
        var number = Paging.Clamp(page, total, PageSize);
        var items = await deliveries.OrderByDescending(d => d.CreatedUtc).ThenByDescending(d => d.Id)
            .Skip((number - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return new WebhookEndpointPage(endpoint, new Page<WebhookDelivery>(items, number, PageSize, total),
            await endpoints.MayManageAsync(actor, cancellationToken));
    }
}
