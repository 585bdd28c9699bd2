using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Domain.Webhooks;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Seeding;

/// <summary>
/// Helios' webhook endpoint for its ERP, registered before the demo's quotes and waitlist are seeded, so that their
/// events (quotes issued, an offer made, a deposit confirmed) fill its delivery log as they would in use. Once seeded,
/// each is marked delivered, except the last, whose first attempt was refused: the sender retries it a minute later, to
/// the demo ERP's receiver on this machine (see <see cref="DemoOptions.ErpWebhookUrl"/>), which the development run
/// starts, so that it is delivered for real.
/// </summary>
public sealed class DemoWebhooks(PortalDbContext db, IOptions<DemoOptions> options, TimeProvider clock)
{
    private string Url => options.Value.ErpWebhookUrl;

    /// <summary>The endpoint's id, or null when the demo has one already.</summary>
    public async Task<int?> RegisterAsync(int organizationId, DateTime now, CancellationToken cancellationToken)
    {
        if (await db.WebhookEndpoints.AnyAsync(e => e.OrganizationId == organizationId, cancellationToken))
        {
            return null;
        }
        var endpoint = new WebhookEndpoint(organizationId, new Uri(Url), WebhookEventTypes.All.Select(t => t.Type), now.AddDays(-14));
        db.WebhookEndpoints.Add(endpoint);
        await db.SaveChangesAsync(cancellationToken);
        return endpoint.Id;
    }

    public async Task SettleAsync(int endpointId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var deliveries = await db.WebhookDeliveries.Where(d => d.EndpointId == endpointId).OrderBy(d => d.Id).ToListAsync(cancellationToken);
        foreach (var delivery in deliveries)
        {
            delivery.Claim(now);
            if (delivery == deliveries[^1])
            {
                delivery.Fail(503, WebhookOutcome.Status(503), now);
            }
            else
            {
                delivery.Succeed(200, now);
            }
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The secrets of the endpoints registered at the demo ERP's receiver, which it verifies each post with.</summary>
    public async Task<IReadOnlyList<string>> ReceiverSecretsAsync(CancellationToken cancellationToken)
    {
        var url = new Uri(Url).AbsoluteUri;
        return await db.WebhookEndpoints.Where(e => e.Url == url && e.DisabledUtc == null).Select(e => e.Secret).ToListAsync(cancellationToken);
    }
}
