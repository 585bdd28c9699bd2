using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Application.Common;
using Portal.Application.Homes;
using Portal.Web.Accounts;

namespace Portal.Web.Areas.Staff.Controllers;

/// <summary>The home of sales and admins: their work, each item a link to where it is done.</summary>
[Area("Staff")]
[Authorize(Roles = PortalRoles.Staff)]
public sealed class HomeController(StaffHomePageQuery home) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await home.GetAsync(User.ToActor(), cancellationToken));
}
