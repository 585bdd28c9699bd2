using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Application.Accounts.Invitations;
using Portal.Application.Common;
using Portal.Application.Organizations;
using Portal.Domain.Organizations;
using Portal.Web.Accounts;
using Portal.Web.Caching;
using Portal.Web.Common;

namespace Portal.Web.Areas.Customer.Controllers;

[Area("Customer")]
[Authorize(Roles = PortalRoles.Customer)]
public sealed class ColleaguesController(OrganizationQueries organizations, InviteUserHandler invitations) : Controller
{
    [HttpGet]
    [OutputCache(PolicyName = PageCache.OrganizationPage)]
    public async Task<IActionResult> Index() => View(await PageAsync(new InviteForm()));

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

    private async Task<ColleaguesPage> PageAsync(InviteForm form)
    {
        var actor = User.ToActor();
        var (organization, members) = await organizations.GetAsync(actor.OrganizationId!.Value);
        return new ColleaguesPage(members, members.Any(m => m.Id == actor.UserId && m.IsOwner),
            OrderingRefusal.Of(organization, InviteUserHandler.WhatInvites), form);
    }
}

/// <param name="InviteRefusal">Why the company cannot invite yet (awaiting approval, suspended, in review); null when it can.</param>
public sealed record ColleaguesPage(IReadOnlyList<OrganizationMember> Members, bool IsOwner, string? InviteRefusal, InviteForm Invite)
{
    public bool CanInvite => IsOwner && InviteRefusal is null;
}
