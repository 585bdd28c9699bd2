using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Application.Common;
using Portal.Application.Payments;
using Portal.Application.Payments.CancelWithRefund;
using Portal.Application.Payments.RecordTransfer;
using Portal.Domain.Payments;
using Portal.Web.Accounts;
using Portal.Web.Common;

namespace Portal.Web.Areas.Staff.Controllers;

/// <summary>
/// Deposits for sales: every deposit by state, each one's page, recording a bank transfer that arrived; and for admins,
/// cancelling a quote whose deposit is paid, with its refund.
/// </summary>
[Area("Staff")]
[Authorize(Roles = PortalRoles.Staff)]
public sealed class DepositsController(DepositQueries deposits) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(DepositState? state, int page = 1) =>
        View(new FilteredList<DepositState?, DepositRow>(state, Choices.Of(state, Display.DepositState), await deposits.ListAsync(state, page)));

    [HttpGet]
    public async Task<IActionResult> Details(int id) => View(new StaffDepositPage(await deposits.ViewAsync(id, User.ToActor()), new TransferForm()));

    [HttpPost]
    public async Task<IActionResult> RecordTransfer(int id, int? version, [Bind(Prefix = "Transfer")] TransferForm form, [FromServices] RecordTransferHandler record)
    {
        var result = ModelState.IsValid
            ? await record.HandleAsync(new RecordTransferCommand(id, version, form.Amount, form.ReceivedOn, form.Reference), User.ToActor())
            : Result.Fail("Transfer", "Some values could not be read: type the amount as a number and choose a date.");
        return await this.AnswerAsync(result, "Transfer", "Transfer recorded: the deposit is paid.", RedirectToAction(nameof(Details), new { id }),
            async () => View(nameof(Details), new StaffDepositPage(await deposits.ViewAsync(id, User.ToActor()), form)));
    }

    /// <summary>An admin cancels a quote whose deposit is paid: the deposit is refunded and the supply released.</summary>
    [HttpPost]
    [Authorize(Roles = PortalRoles.Admin)]
    public async Task<IActionResult> CancelQuote(int quoteId, int? version, string? reason, [FromServices] CancelWithRefundHandler cancel)
    {
        var result = await cancel.HandleAsync(new CancelWithRefundCommand(quoteId, version, new DecisionNote(reason)), User.ToActor());
        TempData[result.Succeeded ? "Notice" : "Problem"] = result.Succeeded
            ? "Quote cancelled and its deposit refunded; the supply went back and is offered down the waitlist."
            : "Say why the quote is cancelled: the customer reads it.";
        return RedirectToAction("Details", "Quotes", new { id = quoteId });
    }
}

public sealed record StaffDepositPage(DepositView View, TransferForm Transfer);

public sealed class TransferForm
{
    public decimal? Amount { get; set; }
    public DateOnly? ReceivedOn { get; set; }
    public string? Reference { get; set; }
}
