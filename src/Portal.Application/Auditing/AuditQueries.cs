using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Payments;
using Portal.Domain.Auditing;

namespace Portal.Application.Auditing;

/// <summary>
/// A row of the audit log as people read it: the action and states in words (<see cref="AuditWords"/>), and what it is
/// about as stored (its kind and key, and for a deposit, whose key is its reference, the deposit's id) for a link to its page.
/// </summary>
public sealed record AuditRow(DateTime OccurredUtc, string Actor, string Entity, string Action, string? FromState, string? ToState, string? Reason,
    string EntityType, string EntityId, int? DepositId)
{
    public static AuditRow Of(AuditEvent row, int? depositId) => new(row.OccurredUtc, row.Actor, $"{AuditWords.Entity(row.EntityType)} {row.EntityId}",
        AuditWords.Action(row.Action), AuditWords.State(row.FromState), AuditWords.State(row.ToState), row.Reason, row.EntityType, row.EntityId, depositId);
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
            })
            .ToListAsync(cancellationToken);
        return new Page<AuditRow>(events.Select(e => AuditRow.Of(e.Event, e.DepositId)).ToList(), page, PageSize, total);
    }

    /// <summary>Every kind of thing the log holds rows about, for its filter, in the order of their words.</summary>
    public async Task<IReadOnlyList<string>> EntityTypesAsync(CancellationToken cancellationToken = default) =>
        (await db.AuditEvents.AsNoTracking().Select(e => e.EntityType).Distinct().ToListAsync(cancellationToken))
        .OrderBy(AuditWords.Entity, StringComparer.Ordinal).ToList();
}
