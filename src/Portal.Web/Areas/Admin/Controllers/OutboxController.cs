using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Application.Common;
using Portal.Application.Email;

namespace Portal.Web.Areas.Admin.Controllers;

/// <summary>The mails the portal wrote to its outbox folder because no SMTP server is configured, each as its addressee sees it.</summary>
[Area("Admin")]
[Authorize(Roles = PortalRoles.Admin)]
public sealed class OutboxController(IMailOutbox outbox) : Controller
{
    /// <summary>How many of the newest mails the page lists.</summary>
    public const int Listed = 200;

    /// <summary>
    /// What a mail's HTML part may do in the page's frame: show itself with its inline styles and nothing else (no script,
    /// no request anywhere, a sandbox of its own), framed only by the portal's own page.
    /// </summary>
    public const string MailPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

    [HttpGet]
    public IActionResult Index() => View(outbox.List(Listed));

    [HttpGet]
    public IActionResult Show(string id) => outbox.Find(id) is { } mail ? View(mail) : NotFound();

    /// <summary>The mail's HTML part alone, for the frame of its page.</summary>
    [HttpGet]
    public IActionResult Html(string id)
    {
        if (outbox.Find(id) is not { HtmlBody: { } html })
        {
            return NotFound();
        }
        Response.Headers.ContentSecurityPolicy = MailPolicy;
        Response.Headers.XFrameOptions = "SAMEORIGIN";
        return Content(html, "text/html; charset=utf-8");
    }
}
