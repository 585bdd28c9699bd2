using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Application.Common;
using Portal.Application.Organizations;
using Portal.Application.Organizations.Approve;
using Portal.Application.Organizations.Reinstate;
using Portal.Application.Organizations.SetTier;
using Portal.Application.Organizations.Suspend;
using Portal.Domain.Organizations;
using Portal.Web.Accounts;
using Portal.Web.Common;

namespace Portal.Web.Areas.Staff.Controllers;

/// <summary>Sales and admins see every customer organization; only admins change one.</summary>
[Area("Staff")]
[Authorize(Roles = PortalRoles.Staff)]
public sealed class OrganizationsController(OrganizationQueries organizations) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(OrganizationStatus? status, int page = 1) =>
        View(new FilteredList<OrganizationStatus?, OrganizationRow>(
            status, Choices.Of(status, s => s.ToString()), await organizations.ListAsync(status, page)));

    [HttpGet]
    public async Task<IActionResult> Details(int id) => View(await organizations.GetAsync(id));

    [HttpPost]
    [Authorize(Roles = PortalRoles.Admin)]
    public Task<IActionResult> Approve(int id, [FromServices] ApproveOrganizationHandler approve) =>
        this.AnswerStepAsync(() => approve.HandleAsync(new(id), User.ToActor()), "The organization was approved.", BackTo(id));

    [HttpPost]
    [Authorize(Roles = PortalRoles.Admin)]
    public Task<IActionResult> Suspend(int id, string? reason, [FromServices] SuspendOrganizationHandler suspend) =>
        this.AnswerStepAsync(() => suspend.HandleAsync(new(id, reason), User.ToActor()), "The organization was suspended.", BackTo(id));

    [HttpPost]
    [Authorize(Roles = PortalRoles.Admin)]
    public Task<IActionResult> Reinstate(int id, [FromServices] ReinstateOrganizationHandler reinstate) =>
        this.AnswerStepAsync(() => reinstate.HandleAsync(new(id), User.ToActor()), "The organization was reinstated.", BackTo(id));

    [HttpPost]
    [Authorize(Roles = PortalRoles.Admin)]
    public async Task<IActionResult> SetTier(int id, OrganizationTier? tier, [FromServices] SetTierHandler setTier) =>
        this.Answer(await setTier.HandleAsync(new(id, tier), User.ToActor()), $"The organization was set to the {tier} tier.", BackTo(id));

    private RedirectToActionResult BackTo(int id) => RedirectToAction(nameof(Details), new { id });
}
