using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Application.Catalog.Browse;
using Portal.Application.Catalog.SetSupply;
using Portal.Application.Catalog.UpdateProduct;
using Portal.Application.Common;
using Portal.Web.Accounts;
using Portal.Web.Common;

namespace Portal.Web.Areas.Admin.Controllers;

[Area("Admin")]
[Authorize(Roles = PortalRoles.Admin)]
public sealed class ProductsController(CatalogQueries catalog) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index() => View(await catalog.BrowseAsync(new CatalogFilter(null, null, null)));

    [HttpGet]
    public async Task<IActionResult> Edit(string id) => View(await PageAsync(id, null, null));

    [HttpPost]
    public async Task<IActionResult> Edit(string id, [Bind(Prefix = "Product")] ProductForm form, [FromServices] UpdateProductHandler update,
        CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View(await PageAsync(id, form, null));
        }
        return await this.AnswerAsync(await update.HandleAsync(form.ToCommand(id), User.ToActor(), cancellationToken), "Product", "Product saved.",
            RedirectToAction(nameof(Edit), new { id }), async () => View(await PageAsync(id, form, null)));
    }

    [HttpPost]
    public async Task<IActionResult> Supply(string id, [Bind(Prefix = "Supply")] SupplyForm form, [FromServices] SetSupplyHandler setSupply,
        CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View(nameof(Edit), await PageAsync(id, null, form));
        }
        return await this.AnswerAsync(await setSupply.HandleAsync(new SetSupplyCommand(id, form.Quarter, form.Units), User.ToActor(), cancellationToken),
            "Supply", $"Supply for {form.Quarter} saved.", RedirectToAction(nameof(Edit), new { id }),
            async () => View(nameof(Edit), await PageAsync(id, null, form)));
    }

    private async Task<ProductEditPage> PageAsync(string sku, ProductForm? product, SupplyForm? supply)
    {
        var page = await catalog.GetAsync(sku);
        return new ProductEditPage(page, product ?? ProductForm.From(page.Product), supply ?? new SupplyForm());
    }
}
