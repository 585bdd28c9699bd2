using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Quotes.ExportHolds;
using Portal.Domain.Compliance;

namespace Portal.Application.Homes;

/// <summary>Reads a compliance officer's home: what waits for a decision.</summary>
public sealed class ComplianceHomePageQuery(IPortalDb db, ExportHoldQueries holds)
{
    public async Task<ComplianceHomePage> GetAsync(CancellationToken cancellationToken = default)
    {
        var matches = db.Screenings.AsNoTracking().Where(s => s.Outcome == ScreeningOutcome.PossibleMatch);
        var shown = await matches
            .Join(db.Organizations, s => s.OrganizationId, o => o.Id, (s, o) => new { s.Id, Organization = o.Name, s.ScreenedName, s.ScreenedAt })
            .OrderBy(r => r.ScreenedAt).ThenBy(r => r.Id).Take(ComplianceHomePage.ScreeningsShown)
            .Select(r => new ScreeningToDecide(r.Id, r.Organization, r.ScreenedName, r.ScreenedAt))
            .ToListAsync(cancellationToken);
        return new ComplianceHomePage(shown, await matches.CountAsync(cancellationToken), await holds.HeldAsync(cancellationToken));
    }
}
