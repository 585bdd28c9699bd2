using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Application.Common;
using Portal.Application.Quotes.Documents;
using Portal.Web.Accounts;

namespace Portal.Web.Controllers;

/// <summary>A quote's PDF, for the customer whose quote it is and for staff; any other quote is a 404.</summary>
[Authorize(Roles = PortalRoles.Customer + "," + PortalRoles.Staff)]
public sealed class QuotePdfController(QuoteDocuments documents) : Controller
{
    [HttpGet("quotes/{id:int}/pdf")]
    public async Task<IActionResult> Download(int id)
    {
        var pdf = await documents.RenderAsync(id, User.ToActor(), HttpContext.RequestAborted);
        return File(pdf.Content, QuotePdf.ContentType, pdf.FileName);
    }
}
