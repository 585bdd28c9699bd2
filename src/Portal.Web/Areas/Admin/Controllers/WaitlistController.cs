using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Application.Waitlist.MoveEntry;
using Portal.Application.Waitlist.Pages;
using Portal.Application.Common;
using Portal.Web.Accounts;
using Portal.Web.Common;

namespace Portal.Web.Areas.Admin.Controllers;

/// <summary>The waitlist of each allocation-limited product, per quarter, in line order; admins move entries with a reason.</summary>
[Area("Admin")]
[Authorize(Roles = PortalRoles.Admin)]
public sealed class WaitlistController(AdminWaitlistPageQuery pages) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(string? sku, string? quarter, int page = 1, CancellationToken cancellationToken = default) =>
        View(await pages.GetAsync(sku, quarter, page, cancellationToken));

    /// <summary>A refusal shows under the moved entry's own fields (named with its id), on the line's first page.</summary>
    [HttpPost]
    public async Task<IActionResult> Move(int id, int? version, int? position, string? reason, string? sku, string? quarter,
        [FromServices] MoveEntryHandler move, CancellationToken cancellationToken)
    {
        var result = await move.HandleAsync(new MoveEntryCommand(id, version, position, reason), User.ToActor(), cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Errors.Select(e => e with { Field = $"{e.Field}-{id}" }));
            return View(nameof(Index), await pages.GetAsync(sku, quarter, 1, cancellationToken));
        }
        return this.Done("Entry moved; the move and its reason are in the audit log.", RedirectToAction(nameof(Index), new { sku, quarter }));
    }
}
