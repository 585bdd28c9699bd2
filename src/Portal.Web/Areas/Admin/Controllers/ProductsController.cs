using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Application.Catalog.Administer;
using Portal.Application.Catalog.Browse;
using Portal.Application.Common;
using Portal.Web.Accounts;
using Portal.Web.Common;

namespace Portal.Web.Areas.Admin.Controllers;

[Area("Admin")]
[Authorize(Roles = PortalRoles.Admin)]
public sealed class ProductsController(CatalogQueries catalog, CatalogAdministrationHandler administer) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index() => View(await catalog.BrowseAsync(new CatalogFilter(null, null, null)));

    [HttpGet]
    public async Task<IActionResult> Edit(string id) => View(await PageAsync(id, null, null));

    [HttpPost]
    public async Task<IActionResult> Edit(string id, [Bind(Prefix = "Product")] ProductForm form)
    {
        if (!ModelState.IsValid)
        {
            return View(await PageAsync(id, form, null));
        }
        var result = await administer.UpdateProductAsync(form.ToCommand(id), User.ToActor());
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Errors, "Product");
            return View(await PageAsync(id, form, null));
        }
        TempData["Notice"] = "Product saved.";
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpPost]
    public async Task<IActionResult> Supply(string id, [Bind(Prefix = "Supply")] SupplyForm form)
    {
        if (!ModelState.IsValid)
        {
            return View(nameof(Edit), await PageAsync(id, null, form));
        }
        var result = await administer.SetSupplyAsync(new SetSupplyCommand(id, form.Quarter, form.Units), User.ToActor());
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Errors, "Supply");
            return View(nameof(Edit), await PageAsync(id, null, form));
        }
        TempData["Notice"] = $"Supply for {form.Quarter} saved.";
        return RedirectToAction(nameof(Edit), new { id });
    }

    private async Task<ProductEditPage> PageAsync(string sku, ProductForm? product, SupplyForm? supply)
    {
        var page = await catalog.GetAsync(sku);
        return new ProductEditPage(page, product ?? ProductForm.From(page.Product), supply ?? new SupplyForm());
    }
}
