using Microsoft.AspNetCore.Mvc;
using Portal.Application.Api.CreateApiKey;
using Portal.Application.Api.Pages;
using Portal.Application.Api.RevokeApiKey;
using Portal.Web.Accounts;
using Portal.Web.Common;

namespace Portal.Web.Api;

/// <summary>
/// The page of API keys: a company's administrator makes one (shown once, on the answer to the post) or revokes one, and
/// so do admins for the staff keys; the two areas' controllers say who may come.
/// </summary>
public abstract class ApiKeysPages(ApiKeysPageQuery keys) : Controller
{
    private const string PageView = "~/Views/ApiKeys/Index.cshtml";

    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(PageView, await keys.LoadAsync(User.ToActor(), cancellationToken));

    [HttpPost]
    public async Task<IActionResult> Create(string? name, bool write, [FromServices] CreateApiKeyHandler create, CancellationToken cancellationToken)
    {
        var result = await create.HandleAsync(new CreateApiKeyCommand(name, write), User.ToActor(), cancellationToken);
        ModelState.AddErrors(result.Errors);
        return View(PageView, await keys.LoadAsync(User.ToActor(), cancellationToken) with { NewKey = result.Value });
    }

    [HttpPost]
    public async Task<IActionResult> Revoke(int id, [FromServices] RevokeApiKeyHandler revoke, CancellationToken cancellationToken)
    {
        await revoke.HandleAsync(new RevokeApiKeyCommand(id), User.ToActor(), cancellationToken);
        return this.Done("Key revoked: calls made with it are refused from now on.", RedirectToAction(nameof(Index)));
    }
}
