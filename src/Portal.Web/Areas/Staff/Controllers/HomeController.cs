using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Application.Catalog.Browse;
using Portal.Application.Common;
using Portal.Application.Organizations;
using Portal.Domain.Catalog;
using Portal.Domain.Organizations;

namespace Portal.Web.Areas.Staff.Controllers;

[Area("Staff")]
[Authorize(Roles = PortalRoles.Staff)]
public sealed class HomeController(OrganizationQueries organizations, CatalogQueries catalog) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index()
    {
        var pending = await organizations.ListAsync(OrganizationStatus.Pending, 1);
        var limited = await catalog.BrowseAsync(new CatalogFilter(null, Lifecycle.AllocationLimited, null));
        var supply = new List<ProductPage>();
        foreach (var product in limited)
        {
            supply.Add(await catalog.GetAsync(product.Sku));
        }
        return View(new StaffHome(pending, supply));
    }
}

public sealed record StaffHome(Page<OrganizationRow> PendingOrganizations, IReadOnlyList<ProductPage> Supply);
