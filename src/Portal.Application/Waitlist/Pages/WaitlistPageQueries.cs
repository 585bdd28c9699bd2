using Portal.Application.Catalog.Browse;
using Portal.Application.Common;
using Portal.Application.Sites;
using Portal.Domain.Common;

namespace Portal.Application.Waitlist.Pages;

/// <summary>Reads a customer's waitlist pages: its entries, and a product's line to join.</summary>
public sealed class WaitlistPageQueries(WaitlistQueries queries, SiteQueries sites, CatalogQueries catalog, TimeProvider clock)
{
    /// <summary>How many quarters a customer can wait for, from the first the product can be delivered in.</summary>
    public const int QuartersOffered = 8;

    public async Task<MyWaitlistPage> MineAsync(Actor actor, CancellationToken cancellationToken = default) =>
        new(await queries.MineAsync(actor, cancellationToken), await sites.ListAsync(actor, cancellationToken));

    /// <summary>The product a customer joins the line of, and the quarters it can wait for; an unknown product is not found.</summary>
    public async Task<(ProductPage Product, IReadOnlyList<Quarter> Quarters)> JoinAsync(string? sku, CancellationToken cancellationToken = default)
    {
        var page = await catalog.GetAsync(sku ?? "", cancellationToken);
        var earliest = page.Product.EarliestDelivery(clock.GetUtcNow().UtcDateTime);
        return (page, Enumerable.Range(0, QuartersOffered).Select(earliest.Plus).ToList());
    }
}
