using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Accounts;
using Portal.Application.Common;
using Portal.Domain.Common;
using Portal.Domain.Webhooks;

namespace Portal.Application.Webhooks;

/// <summary>
/// An organization's first user registers its webhook endpoints, disables, enables and deletes them and rotates their
/// secrets; each is audited. Another organization's endpoint is not found; other members may look but not change.
/// </summary>
public sealed class WebhookEndpointsHandler(IPortalDb db, IWebhookAddresses addresses, TimeProvider clock)
{
    public const string EntityType = "WebhookEndpoint";

    public async Task<IReadOnlyList<WebhookEndpoint>> ListAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var organizationId = actor.CustomerOrganizationId;
        return await db.WebhookEndpoints.AsNoTracking().Where(e => e.OrganizationId == organizationId)
            .OrderBy(e => e.DisabledUtc != null).ThenBy(e => e.Id).ToListAsync(cancellationToken);
    }

    public Task<bool> MayManageAsync(Actor actor, CancellationToken cancellationToken = default) => db.IsFirstUserAsync(actor, cancellationToken);

    /// <summary>The organization's endpoint of that id, tracked; another organization's is not found.</summary>
    public async Task<WebhookEndpoint> FindAsync(int id, Actor actor, CancellationToken cancellationToken = default)
    {
        var organizationId = actor.CustomerOrganizationId;
        return await db.WebhookEndpoints.SingleOrDefaultAsync(e => e.Id == id && e.OrganizationId == organizationId, cancellationToken)
            ?? throw new NotFoundException("The webhook endpoint");
    }

    /// <summary>The new endpoint's id.</summary>
    public async Task<Result<int>> AddAsync(string? url, IReadOnlyCollection<string>? events, Actor actor, CancellationToken cancellationToken = default)
    {
        await EnsureOwnerAsync(actor, cancellationToken);
        var chosen = (events ?? []).Where(WebhookEventTypes.IsKnown).ToList();
        var (checkedUrl, problem) = await addresses.CheckAsync(url, cancellationToken);
        var errors = new List<FieldError>();
        if (problem is not null)
        {
            errors.Add(new FieldError("Url", problem));
        }
        if (chosen.Count == 0)
        {
            errors.Add(new FieldError("Events", "Choose at least one event to send."));
        }
        if (errors.Count > 0)
        {
            return Result<int>.Fail(errors);
        }
        var now = Now;
        var endpoint = new WebhookEndpoint(actor.CustomerOrganizationId, checkedUrl!, chosen, now);
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        db.WebhookEndpoints.Add(endpoint);
        await db.SaveChangesAsync(cancellationToken);
        db.Audit(now, actor, EntityType, Id(endpoint), "WebhookEndpointAdded", null, null, $"{endpoint.Url} ({endpoint.EventTypes})");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result<int>.Ok(endpoint.Id);
    }

    public Task<Result> DisableAsync(int id, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, actor, "WebhookEndpointDisabled", endpoint => endpoint.Disable(Now), cancellationToken);

    public Task<Result> EnableAsync(int id, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, actor, "WebhookEndpointEnabled", endpoint => endpoint.Enable(), cancellationToken);

    public Task<Result> RotateSecretAsync(int id, Actor actor, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, actor, "WebhookSecretRotated", endpoint => endpoint.RotateSecret(Now), cancellationToken);

    /// <summary>Deletes the endpoint and its delivery log.</summary>
    public async Task DeleteAsync(int id, Actor actor, CancellationToken cancellationToken = default)
    {
        await EnsureOwnerAsync(actor, cancellationToken);
        var endpoint = await FindAsync(id, actor, cancellationToken);
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        await db.WebhookDeliveries.Where(d => d.EndpointId == endpoint.Id).ExecuteDeleteAsync(cancellationToken);
        db.WebhookEndpoints.Remove(endpoint);
        db.Audit(Now, actor, EntityType, Id(endpoint), "WebhookEndpointDeleted", null, null, endpoint.Url);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task EnsureOwnerAsync(Actor actor, CancellationToken cancellationToken)
    {
        if (!await MayManageAsync(actor, cancellationToken))
        {
            throw new NotAllowedException("Only your company's first user manages its webhooks.");
        }
    }

    private async Task<Result> ChangeAsync(int id, Actor actor, string action, Action<WebhookEndpoint> change, CancellationToken cancellationToken)
    {
        await EnsureOwnerAsync(actor, cancellationToken);
        var endpoint = await FindAsync(id, actor, cancellationToken);
        try
        {
            change(endpoint);
        }
        catch (DomainException refused)
        {
            return Result.Fail("", refused.Message);
        }
        db.Audit(Now, actor, EntityType, Id(endpoint), action, null, null, endpoint.Url);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success;
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private static string Id(WebhookEndpoint endpoint) => endpoint.Id.ToString(CultureInfo.InvariantCulture);
}
