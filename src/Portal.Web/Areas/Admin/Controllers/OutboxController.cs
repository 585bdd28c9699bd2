using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Application.Common;
using Portal.Application.Email;

namespace Portal.Web.Areas.Admin.Controllers;

/// <summary>The mails the portal wrote to its outbox folder because no SMTP server is configured.</summary>
[Area("Admin")]
[Authorize(Roles = PortalRoles.Admin)]
public sealed class OutboxController(IMailOutbox outbox) : Controller
{
    /// <summary>How many of the newest mails the page lists.</summary>
    public const int Listed = 200;

    [HttpGet]
    public IActionResult Index() => View(outbox.List(Listed));

    [HttpGet]
    public IActionResult Show(string id) => outbox.Find(id) is { } mail ? View(mail) : NotFound();
}
