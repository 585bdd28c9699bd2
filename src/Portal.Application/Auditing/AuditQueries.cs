using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Auditing;

namespace Portal.Application.Auditing;

public sealed class AuditQueries(IPortalDb db)
{
    public const int PageSize = 50;

    public async Task<Page<AuditEvent>> ListAsync(string? entityType, int page, CancellationToken cancellationToken = default)
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
        return new Page<AuditEvent>(events, page, PageSize, total);
    }
}
