using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Web.Caching;
using Portal.Application.Common;
using Portal.Application.Sites;
using Portal.Web.Accounts;
using Portal.Web.Common;

namespace Portal.Web.Areas.Customer.Controllers;

[Area("Customer")]
[Authorize(Roles = PortalRoles.Customer)]
public sealed class SitesController(SiteHandlers sites) : Controller
{
    [HttpGet]
    [OutputCache(PolicyName = PageCache.OrganizationPage)]
    public async Task<IActionResult> Index() => View(await sites.ListAsync(User.ToActor()));

    [HttpGet]
    public IActionResult Create() => View("Edit", new SiteForm());

    [HttpGet]
    public async Task<IActionResult> Edit(int id) => View(SiteForm.From(await sites.GetAsync(id, User.ToActor())));

    [HttpPost]
    public async Task<IActionResult> Save(SiteForm form)
    {
        if (!ModelState.IsValid)
        {
            // A value that does not even bind (letters for a number) is answered before the use case runs.
            return View("Edit", form);
        }
        var result = await sites.SaveAsync(form.ToCommand(), User.ToActor());
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Errors);
            return View("Edit", form);
        }
        TempData["Notice"] = $"Site {form.Name.Trim()} saved.";
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> Delete(int id)
    {
        var result = await sites.DeleteAsync(id, User.ToActor());
        if (result.Succeeded)
        {
            TempData["Notice"] = "Site removed.";
        }
        else
        {
            TempData["Problem"] = string.Join(" ", result.Errors.Select(e => e.Message));
        }
        return RedirectToAction(nameof(Index));
    }
}
