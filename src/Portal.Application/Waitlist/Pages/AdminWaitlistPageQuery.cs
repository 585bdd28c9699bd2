using Portal.Application.Catalog.Browse;
using Portal.Domain.Catalog;
using Portal.Domain.Common;

namespace Portal.Application.Waitlist.Pages;

/// <summary>Reads the admins' waitlist page: a product's line (the first product with one when none is named), for a quarter or all.</summary>
public sealed class AdminWaitlistPageQuery(WaitlistQueries queries, CatalogQueries catalog, TimeProvider clock)
{
    public async Task<AdminWaitlistPage> GetAsync(string? sku, string? quarter, int page, CancellationToken cancellationToken = default)
    {
        var products = (await catalog.BrowseAsync(new CatalogFilter(null, null, null), cancellationToken))
            .Where(p => p.Availability.Kind is AvailabilityKind.AllocationLimited or AvailabilityKind.PreRelease).ToList();
        var current = Quarter.Containing(clock.GetUtcNow().UtcDateTime);
        var line = await queries.LineAsync(sku ?? products.FirstOrDefault()?.Sku, Quarter.TryParse(quarter, out var wanted) ? wanted : null, page, cancellationToken);
        return new AdminWaitlistPage(products, Enumerable.Range(0, JoinWaitlistPageQuery.QuartersOffered).Select(current.Plus).ToList(), line);
    }
}
