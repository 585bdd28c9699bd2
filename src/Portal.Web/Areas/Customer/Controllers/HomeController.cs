using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Web.Caching;
using Portal.Application.Common;
using Portal.Application.Organizations;
using Portal.Web.Accounts;

namespace Portal.Web.Areas.Customer.Controllers;

[Area("Customer")]
[Authorize(Roles = PortalRoles.Customer)]
public sealed class HomeController(OrganizationQueries organizations) : Controller
{
    [HttpGet]
    [OutputCache(PolicyName = PageCache.OrganizationPage)]
    public async Task<IActionResult> Index()
    {
        var actor = User.ToActor();
        return View(await organizations.GetAsync(actor.OrganizationId!.Value));
    }
}
