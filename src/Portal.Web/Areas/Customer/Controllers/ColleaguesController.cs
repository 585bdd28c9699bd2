using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Application.Accounts.Invitations;
using Portal.Application.Accounts.SetCompanyRoles;
using Portal.Application.Common;
using Portal.Application.Organizations.Pages;
using Portal.Web.Accounts;
using Portal.Web.Caching;
using Portal.Web.Common;

namespace Portal.Web.Areas.Customer.Controllers;

[Area("Customer")]
[Authorize(Roles = PortalRoles.Customer)]
public sealed class ColleaguesController(ColleaguesPageQuery colleagues, InviteUserHandler invitations) : Controller
{
    [HttpGet]
    [OutputCache(PolicyName = PageCache.OrganizationPage)]
    public async Task<IActionResult> Index() => View(await PageAsync(new InviteForm()));

    [CompanyRole(CompanyRoles.Administrator)]
    [HttpPost]
    public async Task<IActionResult> Invite([Bind(Prefix = "Invite")] InviteForm form)
    {
        var result = await invitations.HandleAsync(new InviteUserCommand(form.FullName, form.Email, PortalRoles.Customer), User.ToActor());
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Errors, "Invite");
            return View(nameof(Index), await PageAsync(form));
        }
        TempData["Notice"] = $"Invitation sent to {form.Email.Trim()}.";
        return RedirectToAction(nameof(Index));
    }

    [CompanyRole(CompanyRoles.Administrator)]
    [HttpPost]
    public async Task<IActionResult> SetRoles(string id, [Bind(Prefix = "Roles")] RolesForm form, [FromServices] SetCompanyRolesHandler set) =>
        this.Answer(await set.HandleAsync(form.ToCommand(id), User.ToActor()), "Roles saved.", RedirectToAction(nameof(Index)));

    private async Task<ColleaguesView> PageAsync(InviteForm form) => new(await colleagues.GetAsync(User.ToActor()), form);
}

public sealed record ColleaguesView(ColleaguesPage Page, InviteForm Invite);

/// <summary>One colleague's roles as the administrator ticks them; the limit in the vendor's currency, empty for none.</summary>
public sealed class RolesForm
{
    public bool Administrator { get; set; }
    public bool Requester { get; set; }
    public bool Approver { get; set; }
    public bool Finance { get; set; }
    public decimal? ApprovalLimit { get; set; }

    public SetCompanyRolesCommand ToCommand(string userId) => new(userId, Administrator, Requester, Approver, Finance, ApprovalLimit);
}
