using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Catalog;
using Portal.Application.Common;
using Portal.Domain.Common;

namespace Portal.Application.Accounts.SetCompanyRoles;

/// <summary>
/// A company's administrator gives a colleague (or themselves) roles and an approval limit. The company keeps at least
/// one administrator: the last one cannot lose the role, also when two administrators demote each other at once.
/// </summary>
public sealed class SetCompanyRolesHandler(IPortalDb db, IValidator<SetCompanyRolesCommand> validator, VendorProfile vendor, TimeProvider clock)
{
    public const string LastAdministrator =
        "Your company needs at least one administrator: give the role to a colleague before taking it from this person.";

    public async Task<Result> HandleAsync(SetCompanyRolesCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        var organizationId = actor.CustomerOrganizationId;
        if (!await db.IsCompanyAdministratorAsync(actor, cancellationToken))
        {
            throw new NotAllowedException(Actor.MissingRole(CompanyRoles.Administrator));
        }
        var colleague = await db.Users.SingleOrDefaultAsync(u => u.Id == command.UserId && u.OrganizationId == organizationId, cancellationToken)
                        ?? throw new NotFoundException("The colleague");
        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid)
        {
            return Result.Fail(validation.ToFieldErrors());
        }

        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        if (!command.Administrator && !await AnotherAdministratorAsync(organizationId, colleague.Id, cancellationToken))
        {
            return Result.Fail(string.Empty, LastAdministrator);
        }
        colleague.CompanyRoles = command.Roles;
        colleague.ApprovalLimitMinorUnits = command.Approver && command.ApprovalLimit is { } limit
            ? Money.FromMajor(limit, vendor.Currency).MinorUnits
            : null;
        db.Record(clock.GetUtcNow().UtcDateTime, actor.Name, colleague, AccountAudit.RolesChanged, toState: Described(colleague));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result.Success;
    }

    /// <summary>
    /// Whether the company keeps another administrator, counted after taking its row's write lock (an update that
    /// changes nothing), so that two administrators demoting each other at once are counted one after the other.
    /// </summary>
    private async Task<bool> AnotherAdministratorAsync(int organizationId, string colleagueId, CancellationToken cancellationToken)
    {
        await db.Organizations.Where(o => o.Id == organizationId)
            .ExecuteUpdateAsync(set => set.SetProperty(o => o.Tier, o => o.Tier), cancellationToken);
        return await db.Users.AnyAsync(u => u.OrganizationId == organizationId && u.Id != colleagueId
            && (u.CompanyRoles & CompanyRoles.Administrator) == CompanyRoles.Administrator, cancellationToken);
    }

    /// <summary>The roles as the audit log shows them: "Requester, Approver up to USD 250,000.00".</summary>
    private string Described(PortalUser colleague) =>
        CompanyRoleWords.Of(colleague.CompanyRoles, colleague.ApprovalLimitMinorUnits is { } limit ? new Money(limit, vendor.Currency) : null);
}
