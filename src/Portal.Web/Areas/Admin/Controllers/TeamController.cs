using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Portal.Application.Accounts;
using Portal.Application.Accounts.Invitations;
using Portal.Application.Common;
using Portal.Web.Accounts;
using Portal.Web.Common;

namespace Portal.Web.Areas.Admin.Controllers;

/// <summary>The vendor's team (<see cref="PortalRoles.Team"/>): admins invite sales people, compliance officers and other admins.</summary>
[Area("Admin")]
[Authorize(Roles = PortalRoles.Admin)]
public sealed class TeamController(UserManager<PortalUser> users, InviteUserHandler invitations) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index() => View(await PageAsync(new InviteForm { Role = PortalRoles.Sales }));

    [HttpPost]
    public async Task<IActionResult> Invite([Bind(Prefix = "Invite")] InviteForm form)
    {
        if (!PortalRoles.Team.Contains(form.Role))
        {
            ModelState.AddModelError("Invite.Role", "Choose Sales, Admin or Compliance.");
            return View(nameof(Index), await PageAsync(form));
        }
        var result = await invitations.HandleAsync(new InviteUserCommand(form.FullName, form.Email, form.Role), User.ToActor());
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Errors, "Invite");
            return View(nameof(Index), await PageAsync(form));
        }
        TempData["Notice"] = $"Invitation sent to {form.Email.Trim()}.";
        return RedirectToAction(nameof(Index));
    }

    private async Task<TeamPage> PageAsync(InviteForm form)
    {
        var team = new List<TeamMember>();
        foreach (var role in PortalRoles.Team)
        {
            team.AddRange((await users.GetUsersInRoleAsync(role))
                .Select(u => new TeamMember(u.FullName, u.Email!, role, u.PasswordHash is not null)));
        }
        return new TeamPage(team.OrderBy(s => s.FullName).ToList(), form);
    }
}

public sealed record TeamMember(string FullName, string Email, string Role, bool HasSignedUp);

public sealed record TeamPage(IReadOnlyList<TeamMember> Members, InviteForm Invite);
