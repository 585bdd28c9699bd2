using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Payments;
using Portal.Application.Quotes;
using Portal.Domain.Auditing;
using Portal.Domain.Quotes;

namespace Portal.Application.Auditing;

/// <summary>
/// A row of the audit log as people read it: the action and states in words (<see cref="AuditWords"/>), and what it is
/// about as stored (its kind and key, and for a deposit, whose key is its reference, the deposit's id) for a link to its page.
/// </summary>
/// <param name="QuoteIsWithTheVendor">A quote the vendor's staff can open: submitted once, not a draft nor deleted.</param>
public sealed record AuditRow(DateTime OccurredUtc, string Actor, string Entity, string Action, string? FromState, string? ToState, string? Reason,
    string EntityType, string EntityId, int? DepositId, bool QuoteIsWithTheVendor)
{
    public static AuditRow Of(AuditEvent row, int? depositId, bool quoteIsWithTheVendor) => new(row.OccurredUtc, row.Actor,
        $"{AuditWords.Entity(row.EntityType)} {row.EntityId}", AuditWords.Action(row.Action), AuditWords.State(row.FromState),
        AuditWords.State(row.ToState), row.Reason, row.EntityType, row.EntityId, depositId, quoteIsWithTheVendor);
}

public sealed class AuditQueries(IPortalDb db)
{
    public const int PageSize = 50;

    public async Task<Page<AuditRow>> ListAsync(string? entityType, int page, CancellationToken cancellationToken = default)
    {
        var query = db.AuditEvents.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(entityType))
        {
            query = query.Where(e => e.EntityType == entityType);
        }
        var total = await query.CountAsync(cancellationToken);
        page = Paging.Clamp(page, total, PageSize);
        var events = await query.OrderByDescending(e => e.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(e => new
            {
                Event = e,
                DepositId = e.EntityType == DepositAudit.EntityType
                    ? db.Deposits.Where(d => d.Reference == e.EntityId).Select(d => (int?)d.Id).FirstOrDefault()
                    : null,
                QuoteIsWithTheVendor = e.EntityType == QuoteAudit.EntityType
                    && db.Quotes.Any(q => q.Id.ToString() == e.EntityId && q.Status != QuoteStatus.Draft),
            })
            .ToListAsync(cancellationToken);
        return new Page<AuditRow>(events.Select(e => AuditRow.Of(e.Event, e.DepositId, e.QuoteIsWithTheVendor)).ToList(), page, PageSize, total);
    }

    /// <summary>Every kind of thing the log holds rows about, for its filter, in the order of their words.</summary>
    public async Task<IReadOnlyList<string>> EntityTypesAsync(CancellationToken cancellationToken = default) =>
        (await db.AuditEvents.AsNoTracking().Select(e => e.EntityType).Distinct().ToListAsync(cancellationToken))
        .OrderBy(AuditWords.Entity, StringComparer.Ordinal).ToList();
}
