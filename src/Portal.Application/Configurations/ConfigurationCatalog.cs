using Microsoft.EntityFrameworkCore;
using Portal.Application.Catalog;
using Portal.Application.Common;
using Portal.Domain.Catalog;
using Portal.Domain.Common;

namespace Portal.Application.Configurations;

/// <summary>
/// What an evaluation reads of the catalog: the products by SKU (as stored: trimmed, upper-case) and the allocations of
/// the allocation-limited ones from the quarter it was read in on.
/// </summary>
public sealed record ConfigurationCatalog(IReadOnlyDictionary<string, Product> Products, ILookup<int, Allocation> Allocations)
{
    /// <summary>The products of these SKUs (every product when <paramref name="skus"/> is null) and their current supply, read now.</summary>
    public static async Task<ConfigurationCatalog> ReadAsync(IPortalDb db, IReadOnlyCollection<string>? skus, DateTime now,
        CancellationToken cancellationToken)
    {
        var products = await (skus is null ? db.Products : db.Products.Where(p => skus.Contains(p.Sku))).AsNoTracking()
            .ToDictionaryAsync(p => p.Sku, StringComparer.Ordinal, cancellationToken);
        var limited = products.Values.Where(p => p.Lifecycle == Lifecycle.AllocationLimited).Select(p => p.Id).ToList();
        var allocations = limited.Count == 0
            ? []
            : await db.Allocations.AsNoTracking().From(limited, Quarter.Containing(now)).ToListAsync(cancellationToken);
        return new ConfigurationCatalog(products, allocations.ToLookup(a => a.ProductId));
    }
}
