using Portal.Application.Catalog.Browse;
using Portal.Domain.Common;

namespace Portal.Application.Waitlist.Pages;

/// <summary>Reads the page to join a product's line: the product, and the quarters it can be waited for in.</summary>
public sealed class JoinWaitlistPageQuery(CatalogQueries catalog, TimeProvider clock)
{
    /// <summary>How many quarters a customer can wait for, from the first the product can be delivered in.</summary>
    public const int QuartersOffered = 8;

    /// <summary>An unknown product is not found.</summary>
    public async Task<(ProductPage Product, IReadOnlyList<Quarter> Quarters)> GetAsync(string? sku, CancellationToken cancellationToken = default)
    {
        var page = await catalog.GetAsync(sku ?? "", cancellationToken);
        var earliest = page.Product.EarliestDelivery(clock.GetUtcNow().UtcDateTime);
        return (page, Enumerable.Range(0, QuartersOffered).Select(earliest.Plus).ToList());
    }
}
