using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Compliance;

namespace Portal.Application.Compliance.Screenings;

/// <summary>What compliance officers read: the possible matches awaiting review and the list versions.</summary>
public sealed class ScreeningQueries(IPortalDb db)
{
    public async Task<IReadOnlyList<ScreeningRow>> AwaitingReviewAsync(CancellationToken cancellationToken = default) =>
        await RowsAsync(db.Screenings.Where(s => s.Outcome == ScreeningOutcome.PossibleMatch).OrderBy(s => s.ScreenedAt), cancellationToken);

    /// <summary>The confirmed versions, the current one first.</summary>
    public async Task<IReadOnlyList<ScreeningListVersion>> VersionsAsync(CancellationToken cancellationToken = default) =>
        await db.ScreeningListVersions.AsNoTracking().Where(v => !v.Staged).OrderByDescending(v => v.Id).ToListAsync(cancellationToken);

    /// <summary>The list loaded and waiting for an admin's confirmation, if any.</summary>
    public Task<ScreeningListVersion?> StagedAsync(CancellationToken cancellationToken = default) =>
        db.ScreeningListVersions.AsNoTracking().Where(v => v.Staged).OrderByDescending(v => v.Id).FirstOrDefaultAsync(cancellationToken);

    private async Task<IReadOnlyList<ScreeningRow>> RowsAsync(IQueryable<Screening> screenings, CancellationToken cancellationToken) =>
        await screenings.AsNoTracking()
            .Join(db.Organizations, s => s.OrganizationId, o => o.Id, (s, o) => new { Screening = s, Organization = o.Name, o.CountryCode })
            .Join(db.ScreeningListVersions, r => r.Screening.ListVersionId, v => v.Id, (r, v) => new { r.Screening, r.Organization, r.CountryCode, Version = v })
            .Select(r => new ScreeningRow(r.Screening, r.Organization, r.CountryCode, r.Version,
                db.Sites.Where(site => site.Id == r.Screening.SiteId).Select(site => site.Name).FirstOrDefault()))
            .Take(500)
            .ToListAsync(cancellationToken);
}

/// <summary>A screening with whom it was of and the list version it was made against.</summary>
public sealed record ScreeningRow(Screening Screening, string OrganizationName, string CountryCode, ScreeningListVersion Version, string? SiteName);
