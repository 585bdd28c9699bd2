using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Application.Common;
using Portal.Application.Quotes.ClearExport;
using Portal.Application.Quotes.ExportHolds;
using Portal.Application.Quotes.RefuseExport;
using Portal.Web.Accounts;
using Portal.Web.Common;

namespace Portal.Web.Areas.Compliance.Controllers;

/// <summary>Quotes held for an export licence: a compliance officer clears one with its licence (it is issued) or refuses it.</summary>
[Area("Compliance")]
[Authorize(Roles = PortalRoles.ComplianceOfficers)]
public sealed class ExportHoldsController(ExportHoldQueries holds) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await holds.HeldAsync(cancellationToken));

    [HttpPost]
    public async Task<IActionResult> Clear(int id, string? licenceNumber, DateTime? licenceExpires, [FromServices] ClearExportHandler clear,
        CancellationToken cancellationToken) =>
        await AnswerAsync(await clear.HandleAsync(new ClearExportCommand(id, licenceNumber, licenceExpires), User.ToActor(), cancellationToken),
            "Cleared with the licence and issued to the customer.", cancellationToken);

    [HttpPost]
    public async Task<IActionResult> Refuse(int id, string? reason, [FromServices] RefuseExportHandler refuse, CancellationToken cancellationToken) =>
        await AnswerAsync(await refuse.HandleAsync(new RefuseExportCommand(id, reason), User.ToActor(), cancellationToken),
            "Refused: the quote is rejected and the customer and sales are told.", cancellationToken);

    /// <summary>The page's forms are one per held quote, so their messages are listed together above them.</summary>
    private Task<IActionResult> AnswerAsync(Result result, string notice, CancellationToken cancellationToken) =>
        this.AnswerAsync(result, "", notice, RedirectToAction(nameof(Index)), async () => View(nameof(Index), await holds.HeldAsync(cancellationToken)));
}
