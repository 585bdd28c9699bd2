using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Application.Common;
using Portal.Application.Quotes.Revisions;
using Portal.Web.Accounts;

namespace Portal.Web.Controllers;

/// <summary>Two issued revisions of a quote compared, for the customer whose quote it is and for staff.</summary>
[Authorize(Roles = PortalRoles.Customer + "," + PortalRoles.Staff)]
public sealed class QuoteRevisionsController(QuoteRevisionQueries revisions) : Controller
{
    [HttpGet("quotes/{id:int}/revisions/compare")]
    public async Task<IActionResult> Compare(int id, int from, int to)
    {
        var comparison = await revisions.CompareAsync(id, from, to, User.ToActor(), HttpContext.RequestAborted);
        return View(new RevisionComparisonPage(id, User.IsInRole(PortalRoles.Customer) ? "Customer" : "Staff", comparison));
    }
}

/// <summary>Two revisions compared, with the quote page to go back to (the customer's or staff's).</summary>
public sealed record RevisionComparisonPage(int QuoteId, string Area, Domain.Quotes.RevisionComparison Comparison);
