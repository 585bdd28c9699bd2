using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Application.Compliance.Screenings;

namespace Portal.Application.Sites.Save;

/// <summary>A customer adds a site to its organization or changes one of its sites; a new or renamed site is screened against the restricted-party list.</summary>
public sealed class SaveSiteHandler(IPortalDb db, IValidator<SaveSiteCommand> validator, OrganizationScreener screener, Acting acting)
{
    public async Task<Result<int>> HandleAsync(SaveSiteCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        var organizationId = acting.As(actor).CustomerWith(CompanyRoles.Administrator);
        // Look the site up before validating, so that a foreign id is a 404 whatever else is wrong.
        var site = command.Id is { } id ? await db.OwnSiteAsync(id, organizationId, cancellationToken) : null;
        var checkedInput = await validator.ValidateAsync(command, cancellationToken);
        if (!checkedInput.IsValid)
        {
            return Result<int>.Fail(checkedInput.ToFieldErrors());
        }

        var organization = await db.Organizations.SingleAsync(o => o.Id == organizationId, cancellationToken);
        var screenedName = site?.Name;
        if (site is null)
        {
            site = organization.AddSite(command.Name, command.City, command.CountryCode, command.PowerAvailableKw, command.Cooling);
        }
        else
        {
            organization.ChangeSite(site, command.Name, command.City, command.CountryCode, command.PowerAvailableKw, command.Cooling);
        }
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (site.Name != screenedName)
        {
            // A new or renamed site is screened, with its id.
            await screener.ScreenAsync(organization, site, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return Result<int>.Ok(site.Id);
    }
}
