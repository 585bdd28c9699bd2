using System.Globalization;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Compliance.Screenings;
using Portal.Domain.Organizations;

namespace Portal.Application.Sites;

/// <summary>
/// A customer manages the data-center sites of its own organization; another organization's site is not found. A new
/// or renamed site is screened against the restricted-party list.
/// </summary>
public sealed class SiteHandlers(IPortalDb db, IValidator<SaveSiteCommand> validator, OrganizationScreener screener, TimeProvider clock)
{
    public async Task<IReadOnlyList<Site>> ListAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var organizationId = actor.CustomerOrganizationId;
        return await db.Sites.AsNoTracking()
            .Where(s => s.OrganizationId == organizationId)
            .OrderBy(s => s.Name)
            .ToListAsync(cancellationToken);
    }

    public async Task<Site> GetAsync(int id, Actor actor, CancellationToken cancellationToken = default)
    {
        var organizationId = actor.CustomerOrganizationId;
        return await db.Sites.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id && s.OrganizationId == organizationId, cancellationToken)
            ?? throw new NotFoundException("The site");
    }

    public async Task<Result<int>> SaveAsync(SaveSiteCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        var organizationId = actor.CustomerOrganizationId;
        Site? site = null;
        if (command.Id is { } id)
        {
            // Look the site up before validating, so that a foreign id is a 404 whatever else is wrong.
            site = await db.Sites.SingleOrDefaultAsync(s => s.Id == id && s.OrganizationId == organizationId, cancellationToken)
                ?? throw new NotFoundException("The site");
        }
        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid)
        {
            return Result<int>.Fail(validation.ToFieldErrors());
        }

        string action;
        var organization = await db.Organizations.SingleAsync(o => o.Id == organizationId, cancellationToken);
        var screenedName = site?.Name;
        if (site is null)
        {
            site = organization.AddSite(command.Name, command.City, command.CountryCode, command.PowerAvailableKw, command.Cooling);
            action = "SiteAdded";
        }
        else
        {
            site.Update(command.Name, command.City, command.CountryCode, command.PowerAvailableKw, command.Cooling);
            action = "SiteChanged";
        }
        db.Audit(clock.GetUtcNow().UtcDateTime, actor, "Organization", organizationId.ToString(CultureInfo.InvariantCulture), action,
            toState: $"{site.Name}, {site.City} {site.CountryCode}, {site.PowerAvailableKw} kW, {site.Cooling} cooling");
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

    public async Task DeleteAsync(int id, Actor actor, CancellationToken cancellationToken = default)
    {
        var organizationId = actor.CustomerOrganizationId;
        var site = await db.Sites.SingleOrDefaultAsync(s => s.Id == id && s.OrganizationId == organizationId, cancellationToken)
            ?? throw new NotFoundException("The site");
        db.Sites.Remove(site);
        db.Audit(clock.GetUtcNow().UtcDateTime, actor, "Organization", organizationId.ToString(CultureInfo.InvariantCulture),
            "SiteRemoved", fromState: site.Name);
        await db.SaveChangesAsync(cancellationToken);
    }

}
