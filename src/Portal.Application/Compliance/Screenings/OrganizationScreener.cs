using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Compliance;
using Portal.Domain.Organizations;

namespace Portal.Application.Compliance.Screenings;

/// <summary>
/// Screens an organization's name and each of its sites' names against the current restricted-party list and records
/// each screening; a possible match holds the organization until a compliance officer has reviewed it. The caller saves.
/// </summary>
public sealed class OrganizationScreener(IPortalDb db, IRestrictedPartyLists lists, TimeProvider clock)
{
    /// <summary>Screens the organization's name and every site's; nothing when no list has been loaded yet.</summary>
    public Task ScreenAsync(Organization organization, CancellationToken cancellationToken = default) =>
        ScreenAsync(organization, organization.Sites.Select(site => ((int?)site.Id, site.Name)).Prepend((null, organization.Name)), cancellationToken);

    /// <summary>Screens the organization's name and one site's, as quoting accelerators to it asks; the screenings made.</summary>
    public Task<IReadOnlyList<Screening>> ScreenCompanyAndSiteAsync(Organization organization, Site site, CancellationToken cancellationToken = default) =>
        ScreenAsync(organization, [(null, organization.Name), (site.Id, site.Name)], cancellationToken);

    /// <summary>Screens one site's name, as adding or renaming it asks.</summary>
    public Task ScreenAsync(Organization organization, Site site, CancellationToken cancellationToken = default) =>
        ScreenAsync(organization, [(site.Id, site.Name)], cancellationToken);

    private async Task<IReadOnlyList<Screening>> ScreenAsync(Organization organization, IEnumerable<(int? SiteId, string Name)> names,
        CancellationToken cancellationToken)
    {
        if (await lists.CurrentAsync(cancellationToken) is not { } current)
        {
            return [];
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var screenings = names
            .Select(name => new Screening(organization.Id, name.SiteId, name.Name, current.Version, ScreeningList.DefaultThreshold,
                current.List.Screen(name.Name).Select(ScreeningMatch.Of), now))
            .ToList();
        db.Screenings.AddRange(screenings);
        foreach (var possible in screenings.Where(s => s.AwaitsReview))
        {
            var best = possible.Matches.MaxBy(m => m.Score)!;
            organization.HoldForScreeningReview(
                $"'{possible.ScreenedName}' scored {best.Score.ToString("0.000", CultureInfo.InvariantCulture)} against '{best.ListedName}' ({best.Source}), {current.Version.Label}");
        }
        return screenings;
    }

    /// <summary>Screens every organization that is not suspended, as a new list version asks; returns how many it held.</summary>
    public async Task<int> ScreenEveryoneAsync(CancellationToken cancellationToken = default)
    {
        var organizations = await db.Organizations.Include(o => o.Sites)
            .Where(o => o.Status != OrganizationStatus.Suspended).ToListAsync(cancellationToken);
        var held = 0;
        foreach (var organization in organizations)
        {
            var wasHeld = organization.OnComplianceHold;
            await ScreenAsync(organization, cancellationToken);
            held += !wasHeld && organization.OnComplianceHold ? 1 : 0;
        }
        await db.SaveChangesAsync(cancellationToken);
        return held;
    }
}
