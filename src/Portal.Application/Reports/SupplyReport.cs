using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Catalog;
using Portal.Domain.Common;
using Portal.Domain.Waitlist;

namespace Portal.Application.Reports;

/// <summary>
/// Supply against demand for each allocation-limited product, from the current quarter on: the supply, the units held
/// by issued quotes and by open waitlist offers, the units committed by paid deposits, and the units still waited
/// for (beyond what is offered). What waits for "the earliest quarter" is counted per product, not per quarter. Every figure is a grouped query.
/// </summary>
public sealed class SupplyReport(IPortalDb db, TimeProvider clock)
{
    public async Task<IReadOnlyList<SupplyRow>> RowsAsync(ProductFamily? family, CancellationToken cancellationToken = default)
    {
        var current = Quarter.Containing(clock.GetUtcNow().UtcDateTime);
        var products = db.Products.Where(p => p.Lifecycle == Lifecycle.AllocationLimited && (family == null || p.Family == family));
        var allocations = (await (from a in db.Allocations
                                  join p in products on a.ProductId equals p.Id
                                  select new { a.ProductId, p.Sku, p.Name, a.Quarter, a.Supply, a.Held, a.Committed }).ToListAsync(cancellationToken))
            .Where(a => a.Quarter >= current).ToList();
        var ids = allocations.Select(a => a.ProductId).Distinct().ToList();
        var quoteHolds = await db.QuoteHolds.Where(h => ids.Contains(h.ProductId) && !h.IsCommitted)
            .GroupBy(h => new { h.ProductId, h.Quarter }).Select(g => new { g.Key.ProductId, g.Key.Quarter, Units = g.Sum(h => h.Units) })
            .ToListAsync(cancellationToken);
        // An entry offered part of what it waits for still waits for the rest.
        var waiting = await db.WaitlistEntries
            .Where(e => ids.Contains(e.ProductId) && (e.Status == WaitlistStatus.Waiting || e.Status == WaitlistStatus.Offered))
            .GroupBy(e => new { e.ProductId, e.Quarter })
            .Select(g => new { g.Key.ProductId, g.Key.Quarter, Units = g.Sum(e => e.Status == WaitlistStatus.Waiting ? e.Quantity : e.Quantity - (e.OfferedUnits ?? 0)) })
            .ToListAsync(cancellationToken);
        return allocations
            .OrderBy(a => a.Sku, StringComparer.Ordinal).ThenBy(a => a.Quarter)
            .Select(a =>
            {
                var byQuotes = quoteHolds.Where(h => h.ProductId == a.ProductId && h.Quarter == a.Quarter).Sum(h => h.Units);
                var wanted = waiting.Where(w => w.ProductId == a.ProductId && w.Quarter == a.Quarter).ToList();
                var earliest = waiting.Where(w => w.ProductId == a.ProductId && w.Quarter == null).ToList();
                return new SupplyRow(a.Sku, a.Name, a.Quarter, a.Supply, byQuotes, a.Held - byQuotes, a.Committed,
                    wanted.Sum(w => w.Units), a.Quarter == current ? earliest.Sum(w => w.Units) : 0);
            })
            .ToList();
    }
}

/// <param name="HeldByQuotes">Units issued quotes hold for their validity (and requests made from waitlist offers).</param>
/// <param name="HeldByOffers">Units held for open waitlist offers.</param>
/// <param name="Waiting">Units waited for in this quarter, beyond what is already offered.</param>
/// <param name="WaitingForEarliest">Units waited for in the earliest quarter with supply, shown on the product's current quarter.</param>
public sealed record SupplyRow(string Sku, string Product, Quarter Quarter, int Supply, int HeldByQuotes, int HeldByOffers, int Committed,
    int Waiting, int WaitingForEarliest)
{
    public int Free => Supply - HeldByQuotes - HeldByOffers - Committed;
}
