using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Application.Catalog.Browse;
using Portal.Domain.Catalog;
using Portal.Web.Caching;
using Portal.Web.Catalog;

namespace Portal.Web.Controllers;

[AllowAnonymous]
[Route("catalog")]
public sealed class CatalogController(CatalogQueries catalog) : Controller
{
    [HttpGet("")]
    [OutputCache(PolicyName = PageCache.Catalog)]
    public async Task<IActionResult> Index(string? family, string? lifecycle, string? q)
    {
        var filter = new CatalogFilter(
            Enum.TryParse<ProductFamily>(family, out var f) && Enum.IsDefined(f) ? f : null,
            Enum.TryParse<Lifecycle>(lifecycle, out var l) && Enum.IsDefined(l) ? l : null,
            q);
        return View(new CatalogPage(filter, await catalog.BrowseAsync(filter, HttpContext.RequestAborted)));
    }

    [HttpGet("{sku}")]
    [OutputCache(PolicyName = PageCache.Catalog)]
    public async Task<IActionResult> Product(string sku) =>
        View(await catalog.GetAsync(sku, HttpContext.RequestAborted));

    /// <summary>A product's drawing, which its pages show as an image; <paramref name="v"/> is the version their address names.</summary>
    [HttpGet("{sku}/drawing.svg")]
    [OutputCache(PolicyName = PageCache.Catalog)]
    public async Task<IActionResult> Drawing(string sku, string? v) =>
        ProductDrawingSvg.Answer(ProductDrawing.Of((await catalog.GetAsync(sku, HttpContext.RequestAborted)).Outline), v, Response);
}
