using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Application.Common;
using Portal.Application.Homes;

namespace Portal.Web.Areas.Compliance.Controllers;

/// <summary>A compliance officer's home: the screenings and export holds to decide, each a link to where it is decided.</summary>
[Area("Compliance")]
[Authorize(Roles = PortalRoles.ComplianceOfficers)]
public sealed class HomeController(ComplianceHomePageQuery home) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await home.GetAsync(cancellationToken));
}
