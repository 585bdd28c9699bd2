using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Common.Events;
using Portal.Domain.Organizations;

namespace Portal.Application.Sites.Remove;

/// <summary>
/// A customer removes a site no quote names. A quote keeps the site it was made for (its issued revisions and PDFs
/// name it), so a site that quotes name stays, and the refusal names those quotes.
/// </summary>
public sealed class RemoveSiteHandler(IPortalDb db, Acting acting)
{
    /// <summary>How many of the quotes that keep a site its refused removal names.</summary>
    private const int QuotesNamed = 3;

    public async Task<Result> HandleAsync(RemoveSiteCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        var organizationId = acting.As(actor).CustomerWith(CompanyRoles.Administrator);
        var site = await db.OwnSiteAsync(command.SiteId, organizationId, cancellationToken);
        if (await InUseAsync(site, cancellationToken) is { } inUse)
        {
            return inUse;
        }
        var organization = await db.Organizations.SingleAsync(o => o.Id == organizationId, cancellationToken);
        organization.RemoveSite(site);
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
