using FluentValidation;
using Portal.Application.Common;
using Portal.Domain.Webhooks;

namespace Portal.Application.Webhooks.AddWebhookEndpoint;

/// <summary>An administrator of the company registers an endpoint, with a signing secret of its own; answers the new endpoint's id.</summary>
public sealed class AddWebhookEndpointHandler(
    IPortalDb db, OwnEndpoints endpoints, IWebhookAddresses addresses, IValidator<AddWebhookEndpointCommand> validator, TimeProvider clock)
{
    public async Task<Result<int>> HandleAsync(AddWebhookEndpointCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        await endpoints.EnsureOwnerAsync(actor, cancellationToken);
        var (url, problem) = await addresses.CheckAsync(command.Url, cancellationToken);
        var checkedInput = await validator.ValidateAsync(command, cancellationToken);
        var errors = checkedInput.ToFieldErrors().ToList();
        if (problem is not null)
        {
            errors.Insert(0, new FieldError(nameof(command.Url), problem));
        }
        if (errors.Count > 0)
        {
            return Result<int>.Fail(errors);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var endpoint = new WebhookEndpoint(actor.CustomerOrganizationId, url!, command.Events!.Where(WebhookEventTypes.IsKnown).ToList(), now);
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        db.WebhookEndpoints.Add(endpoint);
        await db.SaveChangesAsync(cancellationToken);
        db.Record(now, actor, endpoint, WebhookAudit.EndpointAdded, $"{endpoint.Url} ({endpoint.EventTypes})");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result<int>.Ok(endpoint.Id);
    }
}
