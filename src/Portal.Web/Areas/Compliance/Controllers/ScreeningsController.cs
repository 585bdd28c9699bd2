using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Application.Common;
using Portal.Application.Compliance.Screenings;
using Portal.Application.Compliance.Screenings.CancelScreeningList;
using Portal.Application.Compliance.Screenings.ConfirmScreeningList;
using Portal.Application.Compliance.Screenings.Pages;
using Portal.Application.Compliance.Screenings.Review;
using Portal.Application.Compliance.Screenings.StageScreeningList;
using Portal.Web.Accounts;
using Portal.Web.Common;

namespace Portal.Web.Areas.Compliance.Controllers;

/// <summary>
/// Restricted-party screening: compliance officers review possible matches (clear or confirm, with a note); admins
/// load a new list file, see what it would change, and confirm it (every organization is screened again) or cancel it.
/// </summary>
[Area("Compliance")]
[Authorize(Roles = PortalRoles.ComplianceOfficers)]
public sealed class ScreeningsController(ScreeningsPageQuery page, StagedScreeningListQuery stagedLists) : Controller
{
    private const long MaxListFileBytes = 64L * 1024 * 1024;

    [HttpGet]
    public async Task<IActionResult> Index() => View(await PageAsync());

    [HttpPost]
    public async Task<IActionResult> Clear(int id, string? note, [FromServices] ReviewScreeningHandler review) =>
        await ReviewedAsync(await review.HandleAsync(new(id, Cleared: true, note), User.ToActor()), "Cleared: the hold lifts once nothing else awaits review.");

    [HttpPost]
    public async Task<IActionResult> Confirm(int id, string? note, [FromServices] ReviewScreeningHandler review) =>
        await ReviewedAsync(await review.HandleAsync(new(id, Cleared: false, note), User.ToActor()), "Confirmed: the organization is suspended.");

    /// <summary>Reads the file into a staged list and shows what it would change; the current list stays until confirmed.</summary>
    [HttpPost]
    [Authorize(Roles = PortalRoles.Admin)]
    [RequestSizeLimit(MaxListFileBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxListFileBytes)]
    public async Task<IActionResult> Upload(IFormFile? file, [FromServices] StageScreeningListHandler stage)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", "Choose a list file (CSV, in the Consolidated Screening List's columns).");
            return View(nameof(Index), await PageAsync());
        }
        await using var stream = file.OpenReadStream();
        var load = await stage.HandleAsync(new StageScreeningListCommand(stream, file.FileName), User.ToActor());
        if (load.Version is not { } staged)
        {
            ModelState.AddModelError("file", load.Refusal!);
            return View(nameof(Index), await PageAsync(load.Problems));
        }
        return await StagedPageAsync(staged.Id, load.Problems);
    }

    [HttpGet]
    [Authorize(Roles = PortalRoles.Admin)]
    public Task<IActionResult> Staged(int id) => StagedPageAsync(id, []);

    [HttpPost]
    [Authorize(Roles = PortalRoles.Admin)]
    public async Task<IActionResult> ConfirmList(int id, [FromServices] ConfirmScreeningListHandler confirm)
    {
        if (await confirm.HandleAsync(new ConfirmScreeningListCommand(id), User.ToActor()) is not { } confirmed)
        {
            return NotFound();
        }
        TempData["Notice"] = $"Loaded {confirmed.Version.Label}: {Display.Count(confirmed.Version.PartyCount)} parties. "
            + $"Every company was screened again; {confirmed.NewlyHeld} newly held for review.";
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    [Authorize(Roles = PortalRoles.Admin)]
    public async Task<IActionResult> CancelList(int id, [FromServices] CancelScreeningListHandler cancel)
    {
        if (!await cancel.HandleAsync(new CancelScreeningListCommand(id), User.ToActor()))
        {
            return NotFound();
        }
        TempData["Notice"] = "Cancelled: the list file was discarded and the current list stays.";
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> StagedPageAsync(int id, IReadOnlyList<string> problems) =>
        await stagedLists.ChangesAsync(id) is { } changes ? View(nameof(Staged), new StagedListPage(changes, problems)) : NotFound();

    private async Task<IActionResult> ReviewedAsync(Result result, string notice) =>
        await this.AnswerAsync(result, "", notice, RedirectToAction(nameof(Index)), async () => View(nameof(Index), await PageAsync()));

    private Task<ScreeningsPage> PageAsync(IReadOnlyList<string>? problems = null) => page.GetAsync(problems);
}
