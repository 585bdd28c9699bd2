using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Application.Catalog.Browse;
using Portal.Application.Common;
using Portal.Application.Waitlist;
using Portal.Domain.Catalog;
using Portal.Domain.Common;
using Portal.Web.Accounts;
using Portal.Web.Common;

namespace Portal.Web.Areas.Admin.Controllers;

/// <summary>The waitlist of each allocation-limited product, per quarter, in line order; admins move entries with a reason.</summary>
[Area("Admin")]
[Authorize(Roles = PortalRoles.Admin)]
public sealed class WaitlistController(WaitlistQueries queries, WaitlistAdministration administration, CatalogQueries catalog, TimeProvider clock) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(string? sku, string? quarter, int page = 1) => View(await PageAsync(sku, quarter, page));

    [HttpPost]
    public async Task<IActionResult> Move(int id, int? version, int? position, string? reason, string? sku, string? quarter)
    {
        var result = await administration.MoveAsync(id, version, position, reason, User.ToActor());
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Errors.Select(e => e with { Field = $"{e.Field}-{id}" }));
            return View(nameof(Index), await PageAsync(sku, quarter, 1));
        }
        TempData["Notice"] = "Entry moved; the move and its reason are in the audit log.";
        return RedirectToAction(nameof(Index), new { sku, quarter });
    }

    private async Task<AdminWaitlistPage> PageAsync(string? sku, string? quarter, int page)
    {
        var products = (await catalog.BrowseAsync(new CatalogFilter(null, null, null)))
            .Where(p => p.Availability.Kind is AvailabilityKind.AllocationLimited or AvailabilityKind.PreRelease).ToList();
        var current = Quarter.Containing(clock.GetUtcNow().UtcDateTime);
        var line = await queries.LineAsync(sku ?? products.FirstOrDefault()?.Sku, Quarter.TryParse(quarter, out var q) ? q : null, page);
        return new AdminWaitlistPage(products, Enumerable.Range(0, 8).Select(current.Plus).ToList(), line);
    }
}

public sealed record AdminWaitlistPage(IReadOnlyList<ProductCard> Products, IReadOnlyList<Quarter> Quarters, WaitlistLineView Line);
