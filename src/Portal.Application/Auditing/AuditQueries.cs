using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Auditing;

namespace Portal.Application.Auditing;

/// <summary>A row of the audit log as people read it: the action and states in words (<see cref="AuditWords"/>).</summary>
public sealed record AuditRow(DateTime OccurredUtc, string Actor, string Entity, string Action, string? FromState, string? ToState, string? Reason)
{
    public static AuditRow Of(AuditEvent row) => new(row.OccurredUtc, row.Actor, $"{AuditWords.Entity(row.EntityType)} {row.EntityId}",
        AuditWords.Action(row.Action), AuditWords.State(row.FromState), AuditWords.State(row.ToState), row.Reason);
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
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return new Page<AuditRow>(events.Select(AuditRow.Of).ToList(), page, PageSize, total);
    }
}
