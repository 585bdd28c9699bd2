using Portal.Application.Accounts;
using Portal.Application.Common;
using Portal.Domain.Api;

namespace Portal.Application.Api;

/// <summary>
/// Whose keys a person sees and who keeps them: a company's administrators its company's keys, admins the staff keys of
/// staff integrations (which read every company's quotes and deposits, as staff do). Other members may look but not
/// change; a key of another organization (or, for a customer, a staff key) is not among them.
/// </summary>
public sealed class ApiKeyOwners(IPortalDb db)
{
    public async Task<bool> MayManageAsync(Actor actor, CancellationToken cancellationToken = default) =>
        actor.IsStaff
            ? actor.IsAdmin
            : await db.IsCompanyAdministratorAsync(actor, cancellationToken);

    public async Task EnsureOwnerAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        if (!await MayManageAsync(actor, cancellationToken))
        {
            throw new NotAllowedException(actor.IsStaff ? "Only admins manage staff API keys." : "Only your company's administrators manage its API keys.");
        }
    }

    /// <summary>The keys the actor's page shows: its company's, or for staff the staff keys.</summary>
    public IQueryable<ApiKey> KeysOf(Actor actor)
    {
        var organizationId = OrganizationOf(actor);
        return db.ApiKeys.Where(k => k.OrganizationId == organizationId);
    }

    /// <summary>The organization a new key of the actor's belongs to; none for the staff keys.</summary>
    public static int? OrganizationOf(Actor actor) => actor.IsStaff ? null : actor.CustomerOrganizationId;
}
