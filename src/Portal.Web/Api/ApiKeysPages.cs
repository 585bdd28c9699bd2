using Microsoft.AspNetCore.Mvc;
using Portal.Application.Api;
using Portal.Web.Accounts;
using Portal.Web.Common;

namespace Portal.Web.Api;

/// <summary>
/// The page of API keys: a company's first user makes one (shown once, on the answer to the post) or revokes one, and
/// so do admins for the staff keys; the two areas' controllers say who may come.
/// </summary>
public abstract class ApiKeysPages(ApiKeysHandler keys) : Controller
{
    private const string PageView = "~/Views/ApiKeys/Index.cshtml";

    [HttpGet]
    public async Task<IActionResult> Index() => View(PageView, await PageAsync());

    [HttpPost]
    public async Task<IActionResult> Create(string? name, bool write)
    {
        var result = await keys.CreateAsync(name, write, User.ToActor());
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Errors);
        }
        return View(PageView, await PageAsync(result.Value));
    }

    [HttpPost]
    public async Task<IActionResult> Revoke(int id)
    {
        var result = await keys.RevokeAsync(id, User.ToActor());
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Errors);
            return View(PageView, await PageAsync());
        }
        TempData["Notice"] = "Key revoked: calls made with it are refused from now on.";
        return RedirectToAction(nameof(Index));
    }

    private async Task<ApiKeysPage> PageAsync(string? newKey = null)
    {
        var actor = User.ToActor();
        return new ApiKeysPage(await keys.ListAsync(actor), await keys.MayManageAsync(actor), newKey, actor.IsStaff);
    }
}

/// <param name="ForStaff">The staff keys' page rather than a company's.</param>
public sealed record ApiKeysPage(IReadOnlyList<Domain.Api.ApiKey> Keys, bool MayManage, string? NewKey, bool ForStaff);
