using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Application.Common;
using Portal.Application.Compliance.Exports;
using Portal.Web.Accounts;
using Portal.Web.Common;

namespace Portal.Web.Areas.Compliance.Controllers;

/// <summary>Quotes held for an export licence: a compliance officer clears one with its licence (it is issued) or refuses it.</summary>
[Area("Compliance")]
[Authorize(Roles = PortalRoles.ComplianceOfficers)]
public sealed class ExportHoldsController(ExportHoldQueries holds, ExportHoldsHandler handler) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index() => View(await holds.HeldAsync());

    [HttpPost]
    public async Task<IActionResult> Clear(int id, string? licenceNumber, DateTime? licenceExpires) =>
        await DecidedAsync(await handler.ClearAsync(id, licenceNumber, licenceExpires, User.ToActor()), "Cleared with the licence and issued to the customer.");

    [HttpPost]
    public async Task<IActionResult> Refuse(int id, string? reason) =>
        await DecidedAsync(await handler.RefuseAsync(id, reason, User.ToActor()), "Refused: the quote is rejected and the customer and sales are told.");

    private async Task<IActionResult> DecidedAsync(Result result, string notice)
    {
        if (!result.Succeeded)
        {
            ModelState.AddModelError("", string.Join(" ", result.Errors.Select(e => e.Message)));
            return View(nameof(Index), await holds.HeldAsync());
        }
        TempData["Notice"] = notice;
        return RedirectToAction(nameof(Index));
    }
}
