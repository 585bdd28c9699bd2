using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Application.Api;
using Portal.Application.Common;
using Portal.Web.Accounts;
using Portal.Web.Common;

namespace Portal.Web.Areas.Customer.Controllers;

/// <summary>The company's API keys: its first user makes one (shown once, on the answer to the post) or revokes one.</summary>
[Area("Customer")]
[Authorize(Roles = PortalRoles.Customer)]
public sealed class ApiKeysController(ApiKeysHandler keys) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index() => View(await PageAsync());

    [HttpPost]
    public async Task<IActionResult> Create(string? name, bool write)
    {
        var result = await keys.CreateAsync(name, write, User.ToActor());
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Errors);
        }
        return View(nameof(Index), await PageAsync(result.Value));
    }

    [HttpPost]
    public async Task<IActionResult> Revoke(int id)
    {
        var result = await keys.RevokeAsync(id, User.ToActor());
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Errors);
            return View(nameof(Index), await PageAsync());
        }
        TempData["Notice"] = "Key revoked: calls made with it are refused from now on.";
        return RedirectToAction(nameof(Index));
    }

    private async Task<ApiKeysPage> PageAsync(string? newKey = null)
    {
        var actor = User.ToActor();
        return new ApiKeysPage(await keys.ListAsync(actor), await keys.MayManageAsync(actor), newKey);
    }
}

public sealed record ApiKeysPage(IReadOnlyList<Domain.Api.ApiKey> Keys, bool MayManage, string? NewKey);
