using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Common;
using Portal.Domain.Waitlist;

namespace Portal.Application.Waitlist;

/// <summary>An entry as its organization sees it: its place in line and the quarter it can expect its units in (while active).</summary>
public sealed record MyWaitlistRow(WaitlistEntry Entry, WaitlistPlace? Place, Quarter? EstimatedQuarter);

/// <summary>An entry in the admins' view of a line.</summary>
public sealed record WaitlistLineRow(WaitlistEntry Entry, string Organization, WaitlistPlace Place);

/// <summary>A product's line as admins see it, for one quarter (with the entries that take the earliest) or for all.</summary>
public sealed record WaitlistLineView(Domain.Catalog.Product Product, Quarter? Quarter, Page<WaitlistLineRow> Rows);

public sealed class WaitlistQueries(IPortalDb db, TimeProvider clock)
{
    public const int PageSize = 50;

    /// <summary>The organization's entries, the active ones first, each with its place and estimate.</summary>
    public async Task<IReadOnlyList<MyWaitlistRow>> MineAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var organizationId = actor.CustomerOrganizationId;
        var mine = await db.WaitlistEntries.AsNoTracking().Include(e => e.Product).Where(e => e.OrganizationId == organizationId)
            .OrderByDescending(e => e.JoinedUtc).ThenByDescending(e => e.Id).ToListAsync(cancellationToken);
        var products = mine.Where(e => e.IsActive).Select(e => e.ProductId).Distinct().ToList();
        var lines = (await db.WaitlistEntries.AsNoTracking()
                .Where(e => products.Contains(e.ProductId) && (e.Status == WaitlistStatus.Waiting || e.Status == WaitlistStatus.Offered))
                .ToListAsync(cancellationToken))
            .GroupBy(e => e.ProductId).ToDictionary(g => g.Key, g => WaitlistLine.Places(g));
        var free = (await db.Allocations.AsNoTracking().Where(a => products.Contains(a.ProductId))
                .Select(a => new { a.ProductId, a.Quarter, Free = a.Supply - a.Held - a.Committed }).ToListAsync(cancellationToken))
            .GroupBy(a => a.ProductId).ToDictionary(g => g.Key, g => (IReadOnlyDictionary<Quarter, int>)g.ToDictionary(a => a.Quarter, a => a.Free));
        var current = Quarter.Containing(clock.GetUtcNow().UtcDateTime);
        return mine.OrderBy(e => e.IsActive ? 0 : 1).Select(e =>
        {
            if (!e.IsActive)
            {
                return new MyWaitlistRow(e, null, null);
            }
            var place = lines[e.ProductId][e.Id];
            var estimate = WaitlistLine.EstimatedQuarter(e, place, free.GetValueOrDefault(e.ProductId) ?? new Dictionary<Quarter, int>(), current);
            return new MyWaitlistRow(e, place, estimate);
        }).ToList();
    }

    /// <summary>A product's active entries in line order, with each one's place; for a quarter, those that compete for its supply.</summary>
    public async Task<WaitlistLineView> LineAsync(string? sku, Quarter? quarter, int page, CancellationToken cancellationToken = default)
    {
        var product = await db.Products.AsNoTracking().SingleOrDefaultAsync(p => p.Sku == Domain.Catalog.Product.NormalizeSku(sku), cancellationToken)
                      ?? throw new NotFoundException("The product");
        var active = await db.WaitlistEntries.AsNoTracking()
            .Where(e => e.ProductId == product.Id && (e.Status == WaitlistStatus.Waiting || e.Status == WaitlistStatus.Offered))
            .ToListAsync(cancellationToken);
        var places = WaitlistLine.Places(active);
        var line = WaitlistLine.InOrder(active.Where(e => quarter is not { } q || e.Wants(q))).ToList();
        page = Paging.Clamp(page, line.Count, PageSize);
        var shown = line.Skip((page - 1) * PageSize).Take(PageSize).ToList();
        var organizationIds = shown.Select(e => e.OrganizationId).Distinct().ToList();
        var names = await db.Organizations.AsNoTracking().Where(o => organizationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var rows = shown.Select(e => new WaitlistLineRow(e, names[e.OrganizationId], places[e.Id])).ToList();
        return new WaitlistLineView(product, quarter, new Page<WaitlistLineRow>(rows, page, PageSize, line.Count));
    }
}
