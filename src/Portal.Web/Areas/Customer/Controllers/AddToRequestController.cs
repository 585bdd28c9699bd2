using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Application.Common;
using Portal.Application.Quotes.AddProduct;
using Portal.Application.Quotes.Pages;
using Portal.Web.Accounts;
using Portal.Web.Common;

namespace Portal.Web.Areas.Customer.Controllers;

/// <summary>From a product's page in the catalog to a quote request: a new one, or one of the company's drafts.</summary>
[Area("Customer")]
[Authorize(Roles = PortalRoles.Customer)]
public sealed class AddToRequestController(AddToRequestPageQuery page) : Controller
{
    [CompanyRole(CompanyRoles.Requester)]
    [HttpGet]
    public async Task<IActionResult> Index(string sku) => await PageAsync(new AddToRequestForm { Sku = sku, Quantity = 1 });

    [CompanyRole(CompanyRoles.Requester)]
    [HttpPost]
    public async Task<IActionResult> Index([Bind(Prefix = "Form")] AddToRequestForm form, [FromServices] AddProductHandler add)
    {
        var result = ModelState.IsValid
            ? await add.HandleAsync(form.QuoteId, new AddProductCommand(form.Sku, form.Quantity ?? 0), User.ToActor())
            : Result<int>.Fail("", "Some values could not be read; check the form.");
        return await this.AnswerAsync(result, "Form", "Product added to the quote request.",
            RedirectToAction("Details", "Quotes", new { id = result.Value }), () => PageAsync(form));
    }

    private async Task<IActionResult> PageAsync(AddToRequestForm form) =>
        View(nameof(Index), new AddToRequestView(await page.GetAsync(form.Sku ?? string.Empty, User.ToActor()), form));
}
