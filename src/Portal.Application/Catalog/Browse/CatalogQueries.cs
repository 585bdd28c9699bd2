using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Domain.Catalog;
using Portal.Domain.Configurations;
using Portal.Domain.Common;

namespace Portal.Application.Catalog.Browse;

public sealed record CatalogFilter(ProductFamily? Family, Lifecycle? Lifecycle, string? Search)
{
    public const int SearchMaxLength = 100;
}

/// <param name="Generation">A base rack's generation; null for anything else.</param>
/// <param name="Fits">The rack generations a component fits (<see cref="Product.CompatibleGenerations"/>); empty for racks and services.</param>
public sealed record ProductCard(string Sku, string Name, ProductFamily Family, string Summary, Money ListPrice, Availability Availability,
    ProductOutline Outline, string? Generation, IReadOnlyList<string> Fits);

/// <param name="Standards">For a rack, the active standard configurations built on it, to start a configuration from.</param>
public sealed record ProductPage(Product Product, Availability Availability, IReadOnlyList<Allocation> Allocations,
    IReadOnlyList<StandardConfigurationOffer> Standards)
{
    public ProductOutline Outline => ProductOutline.Of(Product);

    /// <summary>A buyer can ask for a quote on it now: it can be ordered and, when its supply is allocated, a quarter ahead has free units.</summary>
    public bool CanBeQuoted => Availability.Kind is AvailabilityKind.Available or AvailabilityKind.AllocationLimited;

    /// <summary>A base rack is built in the configurator; anything else goes on a quote request as a line of its own.</summary>
    public bool IsConfigured => Product.Rack is not null;
}

/// <summary>The public catalog: every product a buyer may look at, with what it takes to get it.</summary>
public sealed class CatalogQueries(IPortalDb db, TimeProvider clock)
{
    /// <summary>What can go on a quote outside a rack: orderable products that are not base racks.</summary>
    public async Task<IReadOnlyList<ProductCard>> LooseProductsAsync(CancellationToken cancellationToken = default) =>
        (await BrowseAsync(new CatalogFilter(null, null, null), cancellationToken))
            .Where(p => p.Family != ProductFamily.AcceleratorRack && p.Availability.Kind is AvailabilityKind.Available or AvailabilityKind.AllocationLimited)
            .ToList();

    public async Task<IReadOnlyList<ProductCard>> BrowseAsync(CatalogFilter filter, CancellationToken cancellationToken = default)
    {
        var query = db.Products.AsNoTracking();
        if (filter.Family is { } family)
        {
            query = query.Where(p => p.Family == family);
        }
        if (filter.Lifecycle is { } lifecycle)
        {
            query = query.Where(p => p.Lifecycle == lifecycle);
        }
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var text = filter.Search.Trim();
            text = text[..Math.Min(text.Length, CatalogFilter.SearchMaxLength)].ToUpperInvariant();
            query = query.Where(p => p.Sku.Contains(text) || p.Name.ToUpper().Contains(text) || p.Summary.ToUpper().Contains(text));
        }
        // Families are stored by name; a catalog is tens of products, so they are put in the enum's order here.
        var products = (await query.ToListAsync(cancellationToken)).OrderBy(p => p.Family).ThenBy(p => p.Name).ToList();

        var limited = products.Where(p => p.Lifecycle == Lifecycle.AllocationLimited).Select(p => p.Id).ToList();
        var allocations = (await CurrentAllocations(limited).ToListAsync(cancellationToken)).ToLookup(a => a.ProductId);
        return products
            .Select(p => new ProductCard(p.Sku, p.Name, p.Family, p.Summary, p.ListPrice,
                Availability.Of(p.Lifecycle, allocations[p.Id], p.EarliestDelivery(Now)), ProductOutline.Of(p), p.Rack?.Generation, p.CompatibleGenerations))
            .ToList();
    }

    public async Task<ProductPage> GetAsync(string sku, CancellationToken cancellationToken = default)
    {
        var normalized = Product.NormalizeSku(sku);
        var product = await db.Products.AsNoTracking().SingleOrDefaultAsync(p => p.Sku == normalized, cancellationToken)
            ?? throw new NotFoundException("The product");
        var deliverableFrom = product.EarliestDelivery(Now);
        var allocations = (await CurrentAllocations([product.Id]).OrderBy(a => a.Quarter).ToListAsync(cancellationToken))
            .Where(a => a.Quarter >= deliverableFrom).ToList();
        var standards = await db.StandardConfigurations.AsNoTracking().Where(c => c.RackProductId == product.Id).Offered().ToListAsync(cancellationToken);
        return new ProductPage(product, Availability.Of(product.Lifecycle, allocations, deliverableFrom), allocations, standards);
    }

    private IQueryable<Allocation> CurrentAllocations(IReadOnlyCollection<int> productIds)
    {
        return db.Allocations.AsNoTracking().From(productIds, Quarter.Containing(Now));
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
