using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Application.Auditing;
using Portal.Application.Common;
using Portal.Web.Common;

namespace Portal.Web.Areas.Admin.Controllers;

[Area("Admin")]
[Authorize(Roles = PortalRoles.Admin)]
public sealed class AuditController(AuditQueries audit) : Controller
{
    private static readonly string[] EntityTypes = ["Organization", "Product", "User"];

    [HttpGet]
    public async Task<IActionResult> Index(string? entityType, int page = 1) =>
        View(new FilteredList<string?, AuditRow>(entityType, Choices.Among(entityType, EntityTypes), await audit.ListAsync(entityType, page)));
}
