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
    /// <summary>How many of the quotes that keep a site its refused removal names.</summary>
    private const int QuotesNamed = 3;

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

    /// <summary>
    /// Removes a site no quote names. A quote keeps the site it was made for (its issued revisions and PDFs name it), so
    /// a site that quotes name stays, and the refusal names those quotes.
    /// </summary>
    public async Task<Result> DeleteAsync(int id, Actor actor, CancellationToken cancellationToken = default)
    {
        var organizationId = actor.CustomerOrganizationId;
        var site = await db.Sites.SingleOrDefaultAsync(s => s.Id == id && s.OrganizationId == organizationId, cancellationToken)
            ?? throw new NotFoundException("The site");
        if (await InUseAsync(site, cancellationToken) is { } inUse)
        {
            return inUse;
        }
        db.Sites.Remove(site);
        db.Audit(clock.GetUtcNow().UtcDateTime, actor, "Organization", organizationId.ToString(CultureInfo.InvariantCulture),
            "SiteRemoved", fromState: site.Name);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A quote chose the site between the look and the delete: the foreign key kept both, and nothing was written.
            db.ChangeTracker.Clear();
            if (await InUseAsync(site, cancellationToken) is { } chosenMeanwhile)
            {
                return chosenMeanwhile;
            }
            throw;
        }
        return Result.Success;
    }

    /// <summary>The refusal to remove a site that quotes deliver to, naming the first few of them; null when none does.</summary>
    private async Task<Result?> InUseAsync(Site site, CancellationToken cancellationToken)
    {
        var quotes = await db.Quotes.AsNoTracking().Where(q => q.SiteId == site.Id).OrderBy(q => q.Id)
            .Take(QuotesNamed + 1).ToListAsync(cancellationToken);
        if (quotes.Count == 0)
        {
            return null;
        }
        var named = string.Join(", ", quotes.Take(QuotesNamed).Select(q => q.Reference));
        var deliverTo = quotes.Count switch
        {
            1 => $"quote {named} delivers",
            > QuotesNamed => $"quotes {named} and more deliver",
            _ => $"quotes {named} deliver",
        };
        return Result.Fail(string.Empty,
            $"{site.Name} stays: {deliverTo} to it, and a quote keeps the site it was made for. A draft can be moved to another site on its page.");
    }
}
