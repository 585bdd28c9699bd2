using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Application.Common;

namespace Portal.Web.Controllers;

[AllowAnonymous]
public sealed class HomeController : Controller
{
    [HttpGet]
    public IActionResult Index()
    {
        if (PortalRoles.IsStaff(User.IsInRole))
        {
            return RedirectToAction("Index", "Home", new { area = "Staff" });
        }
        if (User.IsInRole(PortalRoles.Compliance))
        {
            return RedirectToAction("Index", "Home", new { area = "Compliance" });
        }
        if (User.IsInRole(PortalRoles.Customer))
        {
            return RedirectToAction("Index", "Home", new { area = "Customer" });
        }
        return View();
    }
}
