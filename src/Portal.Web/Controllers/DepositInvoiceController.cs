using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Application.Common;
using Portal.Application.Payments;
using Portal.Web.Accounts;

namespace Portal.Web.Controllers;

/// <summary>
/// A deposit's invoice, for a bank transfer: for staff, and for the Finance people and administrators of the company whose
/// deposit it is (its other people get the 403 page); any other is a 404.
/// </summary>
[Authorize(Roles = PortalRoles.Customer + "," + PortalRoles.Staff)]
public sealed class DepositInvoiceController(DepositQueries deposits) : Controller
{
    [HttpGet("deposits/{id:int}/invoice")]
    public async Task<IActionResult> Download(int id)
    {
        var (fileName, pdf) = await deposits.InvoiceAsync(id, User.ToActor(), HttpContext.RequestAborted);
        return File(pdf, "application/pdf", fileName);
    }
}
