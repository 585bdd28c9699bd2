using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Application.Common;
using Portal.Application.Organizations.ChangeBillingDetails;
using Portal.Application.Organizations.Pages;
using Portal.Application.Organizations.RemoveBillingAddress;
using Portal.Application.Organizations.SaveBillingAddress;
using Portal.Web.Accounts;
using Portal.Web.Common;

namespace Portal.Web.Areas.Customer.Controllers;

/// <summary>The company's billing addresses, tax id and purchase-order rule, which its administrators keep.</summary>
[Area("Customer")]
[Authorize(Roles = PortalRoles.Customer)]
[CompanyRole(CompanyRoles.Administrator)]
public sealed class CompanyController(CompanyDetailsPageQuery details) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index()
    {
        var page = await details.GetAsync(User.ToActor());
        return View(new CompanyDetailsView(page, BillingDetailsForm.From(page.Company)));
    }

    [HttpPost]
    public async Task<IActionResult> SaveDetails([Bind(Prefix = "Details")] BillingDetailsForm form, [FromServices] ChangeBillingDetailsHandler change)
    {
        var result = await change.HandleAsync(form.ToCommand(), User.ToActor());
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Errors, "Details");
            return View(nameof(Index), new CompanyDetailsView(await details.GetAsync(User.ToActor()), form));
        }
        TempData["Notice"] = "Tax id and purchase order rule saved.";
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    public IActionResult AddAddress() => View("EditAddress", new BillingAddressForm());

    [HttpGet]
    public async Task<IActionResult> EditAddress(int id) => View(BillingAddressForm.From(await details.AddressAsync(id, User.ToActor())));

    [HttpPost]
    public async Task<IActionResult> SaveAddress(BillingAddressForm form, [FromServices] SaveBillingAddressHandler save)
    {
        var result = await save.HandleAsync(form.ToCommand(), User.ToActor());
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Errors);
            return View("EditAddress", form);
        }
        TempData["Notice"] = "Billing address saved.";
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public Task<IActionResult> RemoveAddress(int id, [FromServices] RemoveBillingAddressHandler remove) =>
        this.AnswerStepAsync(() => remove.HandleAsync(new(id), User.ToActor()), "Billing address removed.", RedirectToAction(nameof(Index)));
}
