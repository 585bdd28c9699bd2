using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Quotes;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.ExportHolds;

/// <summary>The quotes waiting for an export licence, oldest first, each with why it waits.</summary>
public sealed class ExportHoldQueries(IPortalDb db)
{
    public async Task<IReadOnlyList<ExportHoldRow>> HeldAsync(CancellationToken cancellationToken = default)
    {
        var held = await db.Quotes.AsNoTracking().Where(q => q.Status == QuoteStatus.ComplianceHold)
            .Join(db.Organizations, q => q.OrganizationId, o => o.Id, (q, o) => new { Quote = q, Organization = o.Name })
            .Join(db.Sites, r => r.Quote.SiteId, s => s.Id, (r, s) => new { r.Quote, r.Organization, Site = s.Name, s.CountryCode })
            .OrderBy(r => r.Quote.UpdatedUtc)
            .ToListAsync(cancellationToken);
        var keys = held.Select(r => r.Quote.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var reasons = (await db.AuditEvents.AsNoTracking()
                .Where(e => e.EntityType == QuoteAudit.EntityType && e.Action == QuoteAudit.HeldForLicence.Name && keys.Contains(e.EntityId))
                .ToListAsync(cancellationToken))
            .GroupBy(e => e.EntityId)
            .ToDictionary(g => g.Key, g => g.MaxBy(e => e.Id)!.Reason ?? string.Empty);
        return held.Select(r => new ExportHoldRow(r.Quote.Id, r.Quote.Number!, r.Organization, r.Site, r.CountryCode, r.Quote.UpdatedUtc,
            reasons.GetValueOrDefault(r.Quote.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), string.Empty))).ToList();
    }
}

public sealed record ExportHoldRow(int QuoteId, string Number, string Organization, string Site, string CountryCode, DateTime HeldSince, string Reason);
