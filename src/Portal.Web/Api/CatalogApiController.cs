using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Web.Caching;
using Portal.Application.Catalog.Browse;
using Portal.Domain.Catalog;

namespace Portal.Web.Api;

/// <summary>The catalog with each product's availability, as a procurement system reads it.</summary>
[Route("api/v1/catalog")]
public sealed class CatalogApiController(CatalogQueries catalog) : PortalApiController
{
    /// <summary>Every product, optionally of one family or lifecycle, or matching a search.</summary>
    [ExampleCall("family=AcceleratorRack")]
    [HttpGet]
    [OutputCache(PolicyName = PageCache.ApiCatalog)]
    [ProducesResponseType<IReadOnlyList<CatalogProduct>>(StatusCodes.Status200OK)]
    public async Task<IReadOnlyList<CatalogProduct>> List(ProductFamily? family, Lifecycle? lifecycle, string? search) =>
        (await catalog.BrowseAsync(new CatalogFilter(family, lifecycle, search), HttpContext.RequestAborted)).Select(CatalogProduct.Of).ToList();
}

/// <param name="ListPrice">In major units of <paramref name="Currency"/> (dollars), before any discount.</param>
/// <param name="Availability">Available, PreRelease, EndOfLife, AllocationLimited (with the earliest quarter with free supply) or SoldOut.</param>
public sealed record CatalogProduct(string Sku, string Name, ProductFamily Family, string Summary, decimal ListPrice, string Currency,
    string Availability, string? EarliestQuarter)
{
    public static CatalogProduct Of(ProductCard card) => new(card.Sku, card.Name, card.Family, card.Summary, card.ListPrice.Major,
        card.ListPrice.Currency, card.Availability.Kind.ToString(), card.Availability.EarliestQuarter?.ToString());
}
