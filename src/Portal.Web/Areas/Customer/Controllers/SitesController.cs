using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Web.Caching;
using Portal.Application.Common;
using Portal.Application.Sites;
using Portal.Application.Sites.Remove;
using Portal.Application.Sites.Save;
using Portal.Web.Accounts;
using Portal.Web.Common;

namespace Portal.Web.Areas.Customer.Controllers;

[Area("Customer")]
[Authorize(Roles = PortalRoles.Customer)]
public sealed class SitesController(SiteQueries sites) : Controller
{
    [HttpGet]
    [OutputCache(PolicyName = PageCache.OrganizationPage)]
    public async Task<IActionResult> Index() => View(await sites.ListAsync(User.ToActor()));

    [CompanyRole(CompanyRoles.Administrator)]
    [HttpGet]
    public IActionResult Create() => View("Edit", new SiteForm());

    [CompanyRole(CompanyRoles.Administrator)]
    [HttpGet]
    public async Task<IActionResult> Edit(int id) => View(SiteForm.From(await sites.GetAsync(id, User.ToActor())));

    [CompanyRole(CompanyRoles.Administrator)]
    [HttpPost]
    public async Task<IActionResult> Save(SiteForm form, [FromServices] SaveSiteHandler save)
    {
        if (!ModelState.IsValid)
        {
            // A value that does not even bind (letters for a number) is answered before the use case runs.
            return View("Edit", form);
        }
        var result = await save.HandleAsync(form.ToCommand(), User.ToActor());
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Errors);
            return View("Edit", form);
        }
        TempData["Notice"] = $"Site {form.Name.Trim()} saved.";
        return RedirectToAction(nameof(Index));
    }

    [CompanyRole(CompanyRoles.Administrator)]
    [HttpPost]
    public async Task<IActionResult> Delete(int id, [FromServices] RemoveSiteHandler remove) =>
        this.Answer(await remove.HandleAsync(new(id), User.ToActor()), "Site removed.", RedirectToAction(nameof(Index)));
}
