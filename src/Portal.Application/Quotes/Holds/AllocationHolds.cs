using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Quotes.Pricing;
using Portal.Domain.Catalog;
using Portal.Domain.Common;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Holds;

/// <summary>
/// Holds the supply of a quote's allocation-limited products, each line in its delivery quarter, and releases it. Each hold is one
/// conditional update (free units at least those asked for), atomic on both databases: held plus committed never
/// exceeds supply, however many quotes are issued at once. Callers run it inside the transaction of the move it
/// belongs to, so a refused or failed move holds nothing.
/// </summary>
public sealed class AllocationHolds(IPortalDb db)
{
    /// <summary>Holds every allocation-limited unit of the quote (configurations and loose products), or refuses naming the first that is short.</summary>
    public async Task HoldAsync(Quote quote, CancellationToken cancellationToken = default)
    {
        foreach (var (product, quarter, units) in LimitedUnits(quote))
        {
            if (!await TryHoldUnitsAsync(product.Id, quarter, units, cancellationToken))
            {
                var free = await db.Allocations.Where(a => a.ProductId == product.Id && a.Quarter == quarter)
                    .Select(a => (int?)(a.Supply - a.Held - a.Committed)).SingleOrDefaultAsync(cancellationToken) ?? 0;
                throw new DomainException(
                    $"{quote.Reference} needs {units} × {product.Name} ({product.Sku}) in {quarter}, but only {free} are free there. Move the delivery to a later quarter or change the quantity.");
            }
            db.QuoteHolds.Add(new QuoteHold(quote.Id, product.Id, quarter, units));
        }
    }

    /// <summary>
    /// Holds units of a product's quarter when at least that many are free, in one conditional update: of any number of
    /// concurrent callers, only as many succeed as there are units. False when they are not free.
    /// </summary>
    public async Task<bool> TryHoldUnitsAsync(int productId, Quarter quarter, int units, CancellationToken cancellationToken = default) =>
        await db.Allocations
            .Where(a => a.ProductId == productId && a.Quarter == quarter && a.Supply - a.Held - a.Committed >= units)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Held, a => a.Held + units), cancellationToken) == 1;

    /// <summary>Gives held units of a product's quarter back.</summary>
    public Task ReleaseUnitsAsync(int productId, Quarter quarter, int units, CancellationToken cancellationToken = default) =>
        db.Allocations.Where(a => a.ProductId == productId && a.Quarter == quarter)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Held, a => a.Held - units), cancellationToken);

    /// <summary>
    /// What issuing the quote would hold in each quarter, against what is free there now for it: for sales to see before
    /// approving, and the customer before submitting. Units the quote holds already (from a waitlist offer) count as free
    /// for it, since issuing gives them back and holds them again.
    /// </summary>
    public async Task<IReadOnlyList<SupplyCheck>> CheckAsync(Quote quote, CancellationToken cancellationToken = default)
    {
        var needed = LimitedUnits(quote).ToList();
        var ids = needed.Select(n => n.Product.Id).Distinct().ToList();
        var allocations = await db.Allocations.AsNoTracking().Where(a => ids.Contains(a.ProductId)).ToListAsync(cancellationToken);
        var own = await db.QuoteHolds.AsNoTracking().Where(h => h.QuoteId == quote.Id && !h.IsCommitted).ToListAsync(cancellationToken);
        var free = allocations.ToDictionary(a => (a.ProductId, a.Quarter),
            a => a.Supply - a.Held - a.Committed + own.Where(h => h.ProductId == a.ProductId && h.Quarter == a.Quarter).Sum(h => h.Units));
        return needed.Select(n => new SupplyCheck(n.Product, n.Quarter, n.Units, free.GetValueOrDefault((n.Product.Id, n.Quarter)))).ToList();
    }

    /// <summary>
    /// The quote's deposit is paid: its held units become committed. Marking a hold committed claims it, so a
    /// confirmation that runs twice (a webhook and the reconciliation job) moves the units once.
    /// </summary>
    public async Task CommitAsync(Quote quote, CancellationToken cancellationToken = default)
    {
        var holds = await db.QuoteHolds.AsNoTracking().Where(h => h.QuoteId == quote.Id && !h.IsCommitted).ToListAsync(cancellationToken);
        foreach (var hold in holds)
        {
            if (await db.QuoteHolds.Where(h => h.Id == hold.Id && !h.IsCommitted)
                    .ExecuteUpdateAsync(s => s.SetProperty(h => h.IsCommitted, true), cancellationToken) == 1)
            {
                await db.Allocations.Where(a => a.ProductId == hold.ProductId && a.Quarter == hold.Quarter)
                    .ExecuteUpdateAsync(s => s.SetProperty(a => a.Held, a => a.Held - hold.Units).SetProperty(a => a.Committed, a => a.Committed + hold.Units),
                        cancellationToken);
            }
        }
    }

    /// <summary>Gives back whatever the quote holds or has committed; nothing when it has nothing.</summary>
    /// <remarks>
    /// Deleting a hold's row claims its units: of two releases at once (a customer's decline and the expiry job), only
    /// the one whose delete takes the row gives the units back, so held never drops below what is really held.
    /// </remarks>
    public async Task ReleaseAsync(Quote quote, CancellationToken cancellationToken = default)
    {
        var holds = await db.QuoteHolds.AsNoTracking().Where(h => h.QuoteId == quote.Id).ToListAsync(cancellationToken);
        foreach (var hold in holds)
        {
            if (await db.QuoteHolds.Where(h => h.Id == hold.Id && h.IsCommitted == hold.IsCommitted).ExecuteDeleteAsync(cancellationToken) != 1)
            {
                continue;
            }
            if (hold.IsCommitted)
            {
                await db.Allocations.Where(a => a.ProductId == hold.ProductId && a.Quarter == hold.Quarter)
                    .ExecuteUpdateAsync(s => s.SetProperty(a => a.Committed, a => a.Committed - hold.Units), cancellationToken);
            }
            else
            {
                await ReleaseUnitsAsync(hold.ProductId, hold.Quarter, hold.Units, cancellationToken);
            }
        }
    }

    /// <summary>The allocation-limited units of the quote per product and delivery quarter, in the order of its lines.</summary>
    private static IEnumerable<(Product Product, Quarter Quarter, int Units)> LimitedUnits(Quote quote) =>
        quote.Racks
            .SelectMany(c => QuotePricing.BuildOf(c).UnitsFor(c.RackCount).Select(u => (u.Product, Quarter: QuarterOf(quote, c), u.Units)))
            .Concat(quote.Products.Select(p => (Product: p.Product!, Quarter: QuarterOf(quote, p), Units: p.Quantity)))
            .Where(u => u.Product.Lifecycle == Lifecycle.AllocationLimited)
            .GroupBy(u => (u.Product.Id, u.Quarter))
            .Select(g => (g.First().Product, g.Key.Quarter, g.Sum(u => u.Units)));

    private static Quarter QuarterOf(Quote quote, QuoteLine line) =>
        quote.QuarterOf(line) ?? throw new DomainException($"{quote.Reference} has no delivery quarter; choose one before issuing.");
}

/// <summary>An allocation-limited product of a quote: the units it needs in a quarter and the units free there.</summary>
public sealed record SupplyCheck(Product Product, Quarter Quarter, int Units, int Free)
{
    public bool IsShort => Free < Units;
}
