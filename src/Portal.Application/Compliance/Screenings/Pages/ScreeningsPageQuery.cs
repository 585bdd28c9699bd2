using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Compliance;

namespace Portal.Application.Compliance.Screenings.Pages;

/// <summary>
/// The compliance officers' page: possible matches to review, the list versions, a list waiting for confirmation, and
/// the rows of a refused file.
/// </summary>
public sealed record ScreeningsPage(
    IReadOnlyList<ScreeningRow> AwaitingReview,
    IReadOnlyList<ScreeningListVersion> Versions,
    ScreeningListVersion? Staged,
    bool Illustrative,
    IReadOnlyList<string> Problems)
{
    /// <summary>The list screening uses now (the newest), if one was ever loaded.</summary>
    public ScreeningListVersion? Current => Versions.Count > 0 ? Versions[0] : null;
}

/// <summary>A screening with whom it was of and the list version it was made against.</summary>
public sealed record ScreeningRow(Screening Screening, string OrganizationName, string CountryCode, ScreeningListVersion Version, string? SiteName);

public sealed class ScreeningsPageQuery(IPortalDb db, ComplianceData data)
{
    /// <summary>How many possible matches the page lists, the oldest first.</summary>
    public const int MaxAwaitingReview = 500;

    /// <param name="problems">The rows of a list file that was refused, to show beside the upload form.</param>
    public async Task<ScreeningsPage> GetAsync(IReadOnlyList<string>? problems = null, CancellationToken cancellationToken = default) =>
        new(await AwaitingReviewAsync(cancellationToken), await VersionsAsync(cancellationToken), await StagedAsync(cancellationToken),
            data.Illustrative, problems ?? []);

    private async Task<IReadOnlyList<ScreeningRow>> AwaitingReviewAsync(CancellationToken cancellationToken) =>
        await db.Screenings.AsNoTracking()
            .Where(s => s.Outcome == ScreeningOutcome.PossibleMatch).OrderBy(s => s.ScreenedAt)
            .Join(db.Organizations, s => s.OrganizationId, o => o.Id, (s, o) => new { Screening = s, Organization = o.Name, o.CountryCode })
            .Join(db.ScreeningListVersions, r => r.Screening.ListVersionId, v => v.Id, (r, v) => new { r.Screening, r.Organization, r.CountryCode, Version = v })
            .Select(r => new ScreeningRow(r.Screening, r.Organization, r.CountryCode, r.Version,
                db.Sites.Where(site => site.Id == r.Screening.SiteId).Select(site => site.Name).FirstOrDefault()))
            .Take(MaxAwaitingReview)
            .ToListAsync(cancellationToken);

    /// <summary>The confirmed versions, the current one first.</summary>
    private async Task<IReadOnlyList<ScreeningListVersion>> VersionsAsync(CancellationToken cancellationToken) =>
        await db.ScreeningListVersions.AsNoTracking().Where(v => !v.Staged).OrderByDescending(v => v.Id).ToListAsync(cancellationToken);

    /// <summary>The list loaded and waiting for an admin's confirmation, if any.</summary>
    private Task<ScreeningListVersion?> StagedAsync(CancellationToken cancellationToken) =>
        db.ScreeningListVersions.AsNoTracking().Where(v => v.Staged).OrderByDescending(v => v.Id).FirstOrDefaultAsync(cancellationToken);
}
