using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Application.Auditing;
using Portal.Application.Common;

namespace Portal.Web.Areas.Admin.Controllers;

[Area("Admin")]
[Authorize(Roles = PortalRoles.Admin)]
public sealed class AuditController(AuditQueries audit) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(string? entityType, int page = 1) =>
        View(AuditLogPage.Of(entityType, await audit.EntityTypesAsync(HttpContext.RequestAborted), await audit.ListAsync(entityType, page, HttpContext.RequestAborted), Url));
}
