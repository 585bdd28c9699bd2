using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Application.Common;
using Portal.Application.Payments;
using Portal.Application.Payments.AskReservationDeposit;
using Portal.Application.Payments.Pages;
using Portal.Application.Payments.PayByCard;
using Portal.Web.Accounts;
using Portal.Web.Common;

namespace Portal.Web.Areas.Customer.Controllers;

/// <summary>
/// The organization's deposits: the list of them, what is due and how to pay it, the way to the provider's checkout page, and the
/// invoice for a bank transfer (<see cref="Portal.Web.Controllers.DepositInvoiceController"/>). Coming back from checkout shows the deposit as processing until the provider confirms it.
/// </summary>
[Area("Customer")]
[Authorize(Roles = PortalRoles.Customer)]
public sealed class DepositsController(DepositQueries deposits, PublicLinks links)
    : Controller
{
    [CompanyRole(CompanyRoles.Finance)]
    [HttpGet]
    public async Task<IActionResult> Index([FromServices] CustomerDepositsPageQuery list, int page = 1) =>
        View(await list.GetAsync(page, User.ToActor(), HttpContext.RequestAborted));

    [CompanyRole(CompanyRoles.Finance)]
    [HttpGet]
    [TypeFilter<CheckoutFormAction>]
    public async Task<IActionResult> Details(int id, bool returned = false) =>
        View(new CustomerDepositPage(await deposits.ViewAsync(id, User.ToActor()), returned));

    [CompanyRole(CompanyRoles.Finance)]
    [HttpPost]
    public async Task<IActionResult> Pay(int id, [FromServices] PayByCardHandler pay)
    {
        var back = new CheckoutReturn(
            links.To(nameof(Details), "Deposits", new { area = "Customer", id, returned = true }),
            links.To(nameof(Details), "Deposits", new { area = "Customer", id }));
        var url = await pay.HandleAsync(new PayByCardCommand(id, back), User.ToActor());
        if (url is null)
        {
            TempData["Notice"] = "This deposit is paid already.";
            return RedirectToAction(nameof(Details), new { id });
        }
        return Redirect(url);
    }

    /// <summary>A reservation's deposit, asked for now if it never was: to its page.</summary>
    [CompanyRole(CompanyRoles.Finance)]
    [HttpPost]
    public async Task<IActionResult> Reservation(int id, [FromServices] AskReservationDepositHandler ask) =>
        RedirectToAction(nameof(Details), new { id = await ask.HandleAsync(new AskReservationDepositCommand(id), User.ToActor()) });
}
