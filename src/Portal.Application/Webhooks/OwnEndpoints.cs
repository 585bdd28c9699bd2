using Microsoft.EntityFrameworkCore;
using Portal.Application.Accounts;
using Portal.Application.Common;
using Portal.Domain.Webhooks;

namespace Portal.Application.Webhooks;

/// <summary>
/// Who may see and change a company's webhook endpoints: its members see them, its administrators alone change them;
/// another organization's endpoint is not found.
/// </summary>
public sealed class OwnEndpoints(IPortalDb db)
{
    public Task<bool> MayManageAsync(Actor actor, CancellationToken cancellationToken = default) => db.IsCompanyAdministratorAsync(actor, cancellationToken);

    public async Task EnsureOwnerAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (!await MayManageAsync(actor, cancellationToken))
        {
            throw new NotAllowedException("Only your company's administrators manage its webhooks.");
        }
    }

    /// <summary>The organization's endpoint of that id, tracked.</summary>
    public async Task<WebhookEndpoint> FindAsync(int id, Actor actor, CancellationToken cancellationToken = default)
    {
        var organizationId = actor.CustomerOrganizationId;
        return await db.WebhookEndpoints.SingleOrDefaultAsync(e => e.Id == id && e.OrganizationId == organizationId, cancellationToken)
            ?? throw new NotFoundException("The webhook endpoint");
    }

    /// <summary>The endpoint, tracked, once the actor is known to be its company's administrator.</summary>
    public async Task<WebhookEndpoint> ToChangeAsync(int id, Actor actor, CancellationToken cancellationToken = default)
    {
        await EnsureOwnerAsync(actor, cancellationToken);
        return await FindAsync(id, actor, cancellationToken);
    }
}
