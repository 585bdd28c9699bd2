using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Common;
using Portal.Domain.Organizations;
using Portal.Domain.Waitlist;

namespace Portal.Application.Waitlist;

/// <summary>An entry as its organization sees it: its place in line and the quarter it can expect its units in (while active).</summary>
public sealed record MyWaitlistRow(WaitlistEntry Entry, WaitlistPlace? Place, Quarter? EstimatedQuarter)
{
    public bool IsOffered => Entry.Status == WaitlistStatus.Offered;

    /// <summary>Still waiting for an offer: its place and the quarter it can expect show.</summary>
    public bool IsWaiting => Entry.Status == WaitlistStatus.Waiting;

    /// <summary>A reservation whose deposit is not paid yet: it is secured, and offered supply, once it is.</summary>
    public bool IsDepositDue => Entry.DepositStatus == DepositStatus.Due;
}

/// <summary>An entry in the admins' view of a line, with its organization's tier (which moving the entry does not change).</summary>
public sealed record WaitlistLineRow(WaitlistEntry Entry, string Organization, OrganizationTier Tier)
{
    public bool IsOffered => Entry.Status == WaitlistStatus.Offered;

    /// <summary>Waiting for an offer: an admin may move it in line.</summary>
    public bool IsWaiting => Entry.Status == WaitlistStatus.Waiting;

    /// <summary>The group an admin's move placed the entry among, when it is not the one the entry's own standing gives it.</summary>
    public string? MovedAmong => Entry.Priority == Entry.StandingPriority(Tier) ? null
        : Entry.Priority == WaitlistEntry.ReservationPriority ? "reservations"
        : Entry.Priority == WaitlistEntry.PriorityOf(OrganizationTier.Strategic) ? "Strategic entries"
        : "Standard entries";
}

/// <summary>A product's line as admins see it, for one quarter (with the entries that take the earliest) or for all.</summary>
public sealed record WaitlistLineView(Domain.Catalog.Product Product, Quarter? Quarter, Page<WaitlistLineRow> Rows)
{
    /// <summary>The page's entries with their places in the whole line, from 1.</summary>
    public IEnumerable<(int Place, WaitlistLineRow Row)> InLine =>
        Rows.Items.Select((row, index) => ((Rows.PageNumber - 1) * WaitlistQueries.PageSize + index + 1, row));
}

public sealed class WaitlistQueries(IPortalDb db, TimeProvider clock)
{
    public const int PageSize = 50;

    /// <summary>
    /// The organization's entries, the active ones first, each with its place and estimate. Places are counted in the
    /// database (entries ahead that compete for the same supply, and their units), so a line of any length costs one
    /// indexed count per entry; <see cref="WaitlistLine.Places"/> is the same rule in memory.
    /// </summary>
    public async Task<IReadOnlyList<MyWaitlistRow>> MineAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var organizationId = actor.CustomerOrganizationId;
        var mine = await db.WaitlistEntries.AsNoTracking().Include(e => e.Product).Where(e => e.OrganizationId == organizationId)
            .OrderByDescending(e => e.JoinedUtc).ThenByDescending(e => e.Id).ToListAsync(cancellationToken);
        var activeIds = mine.Where(e => e.IsActive).Select(e => e.Id).ToList();
        var ahead = await (
                from e in db.WaitlistEntries.AsNoTracking()
                where activeIds.Contains(e.Id)
                from o in db.WaitlistEntries
                where o.ProductId == e.ProductId
                      && (o.Status == WaitlistStatus.Waiting || o.Status == WaitlistStatus.Offered)
                      && (e.Quarter == null || o.Quarter == null || o.Quarter == e.Quarter)
                      && (o.Priority < e.Priority || (o.Priority == e.Priority && (o.QueuedUtc < e.QueuedUtc || (o.QueuedUtc == e.QueuedUtc && o.Id < e.Id))))
                group o.Quantity by e.Id into g
                select new { Id = g.Key, Count = g.Count(), Units = g.Sum() })
            .ToDictionaryAsync(a => a.Id, a => new WaitlistPlace(a.Count + 1, a.Units), cancellationToken);
        var places = activeIds.ToDictionary(id => id, id => ahead.GetValueOrDefault(id) ?? new WaitlistPlace(1, 0));
        var products = mine.Where(e => e.IsActive).Select(e => e.ProductId).Distinct().ToList();
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
            var place = places[e.Id];
            var estimate = WaitlistLine.EstimatedQuarter(e, place, free.GetValueOrDefault(e.ProductId) ?? new Dictionary<Quarter, int>(), current);
            return new MyWaitlistRow(e, place, estimate);
        }).ToList();
    }

    /// <summary>
    /// A product's active entries in line order, paged in the database; for a quarter, those that compete for its
    /// supply (the ones that want it and the ones that take the earliest).
    /// </summary>
    public async Task<WaitlistLineView> LineAsync(string? sku, Quarter? quarter, int page, CancellationToken cancellationToken = default)
    {
        var product = await db.Products.AsNoTracking().SingleOrDefaultAsync(p => p.Sku == Domain.Catalog.Product.NormalizeSku(sku), cancellationToken)
                      ?? throw new NotFoundException("The product");
        var line = db.WaitlistEntries.AsNoTracking()
            .Where(e => e.ProductId == product.Id && (e.Status == WaitlistStatus.Waiting || e.Status == WaitlistStatus.Offered));
        if (quarter is { } wanted)
        {
            line = line.Where(e => e.Quarter == null || e.Quarter == wanted);
        }
        var total = await line.CountAsync(cancellationToken);
        page = Paging.Clamp(page, total, PageSize);
        var rows = await line.Join(db.Organizations, e => e.OrganizationId, o => o.Id, (e, o) => new { Entry = e, o.Name, o.Tier })
            .OrderBy(r => r.Entry.Priority).ThenBy(r => r.Entry.QueuedUtc).ThenBy(r => r.Entry.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(r => new WaitlistLineRow(r.Entry, r.Name, r.Tier))
            .ToListAsync(cancellationToken);
        return new WaitlistLineView(product, quarter, new Page<WaitlistLineRow>(rows, page, PageSize, total));
    }
}
