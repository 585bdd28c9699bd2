using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Application.Common;
using Portal.Application.Compliance;
using Portal.Application.Compliance.Screenings;
using Portal.Web.Accounts;
using Portal.Web.Common;

namespace Portal.Web.Areas.Compliance.Controllers;

/// <summary>
/// Restricted-party screening: compliance officers review possible matches (clear or confirm, with a note); admins
/// load a new list file, against which every organization is screened again.
/// </summary>
[Area("Compliance")]
[Authorize(Roles = PortalRoles.ComplianceOfficers)]
public sealed class ScreeningsController(
    ScreeningQueries queries, ScreeningReviewHandler review, ScreeningListsHandler lists, ComplianceData data) : Controller
{
    private const long MaxListFileBytes = 64L * 1024 * 1024;

    [HttpGet]
    public async Task<IActionResult> Index() => View(await PageAsync());

    [HttpPost]
    public async Task<IActionResult> Clear(int id, string? note) =>
        await ReviewedAsync(await review.ClearAsync(id, note, User.ToActor()), "Cleared: the hold lifts once nothing else awaits review.");

    [HttpPost]
    public async Task<IActionResult> Confirm(int id, string? note) =>
        await ReviewedAsync(await review.ConfirmAsync(id, note, User.ToActor()), "Confirmed: the organization is suspended.");

    [HttpPost]
    [Authorize(Roles = PortalRoles.Admin)]
    [RequestSizeLimit(MaxListFileBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxListFileBytes)]
    public async Task<IActionResult> Upload(IFormFile? file)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", "Choose a list file (CSV, in the Consolidated Screening List's columns).");
            return View(nameof(Index), await PageAsync());
        }
        await using var stream = file.OpenReadStream();
        var loaded = await lists.LoadAsync(stream, file.FileName, User.ToActor());
        if (loaded.Load.Refusal is { } refusal)
        {
            ModelState.AddModelError("file", refusal);
        }
        return View(nameof(Index), await PageAsync(loaded));
    }

    private async Task<IActionResult> ReviewedAsync(Result result, string notice)
    {
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Errors, "");
            return View(nameof(Index), await PageAsync());
        }
        TempData["Notice"] = notice;
        return RedirectToAction(nameof(Index));
    }

    private async Task<ScreeningsPage> PageAsync(ScreeningListLoaded? loaded = null) =>
        new(await queries.AwaitingReviewAsync(), await queries.VersionsAsync(), data.Illustrative, loaded);
}
