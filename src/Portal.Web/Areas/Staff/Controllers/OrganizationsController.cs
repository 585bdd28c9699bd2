using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Application.Common;
using Portal.Application.Organizations;
using Portal.Domain.Organizations;
using Portal.Web.Accounts;
using Portal.Web.Common;

namespace Portal.Web.Areas.Staff.Controllers;

/// <summary>Sales and admins see every customer organization; only admins change one.</summary>
[Area("Staff")]
[Authorize(Roles = PortalRoles.Staff)]
public sealed class OrganizationsController(OrganizationQueries organizations, AdministerOrganizationHandler administer) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(OrganizationStatus? status, int page = 1) =>
        View(new FilteredList<OrganizationStatus?, OrganizationRow>(status, await organizations.ListAsync(status, page)));

    [HttpGet]
    public async Task<IActionResult> Details(int id) => View(await organizations.GetAsync(id));

    [HttpPost]
    [Authorize(Roles = PortalRoles.Admin)]
    public async Task<IActionResult> Approve(int id) => Done(id, await administer.ApproveAsync(id, User.ToActor()), "approved");

    [HttpPost]
    [Authorize(Roles = PortalRoles.Admin)]
    public async Task<IActionResult> Suspend(int id, string? reason) =>
        Done(id, await administer.SuspendAsync(id, reason, User.ToActor()), "suspended");

    [HttpPost]
    [Authorize(Roles = PortalRoles.Admin)]
    public async Task<IActionResult> Reinstate(int id) => Done(id, await administer.ReinstateAsync(id, User.ToActor()), "reinstated");

    [HttpPost]
    [Authorize(Roles = PortalRoles.Admin)]
    public async Task<IActionResult> SetTier(int id, OrganizationTier? tier) =>
        Done(id, tier is null || !ModelState.IsValid
            ? Result.Fail("Tier", AdministerOrganizationHandler.ChooseTier)
            : await administer.SetTierAsync(id, tier.Value, User.ToActor()), $"set to the {tier} tier");

    private RedirectToActionResult Done(int id, Result result, string what)
    {
        if (result.Succeeded)
        {
            TempData["Notice"] = $"The organization was {what}.";
        }
        else
        {
            TempData["Problem"] = string.Join(" ", result.Errors.Select(e => e.Message));
        }
        return RedirectToAction(nameof(Details), new { id });
    }
}
