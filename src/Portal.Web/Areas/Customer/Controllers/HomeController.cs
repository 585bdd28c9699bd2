using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Application.Common;
using Portal.Application.Homes;
using Portal.Web.Accounts;

namespace Portal.Web.Areas.Customer.Controllers;

/// <summary>The customer's home: its to-do list. Not kept in the page cache: its countdowns move with the clock.</summary>
[Area("Customer")]
[Authorize(Roles = PortalRoles.Customer)]
public sealed class HomeController(CustomerHomePageQuery home) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await home.GetAsync(User.ToActor(), cancellationToken));
}
