using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Application.Common;
using Portal.Application.Quotes.Documents;
using Portal.Application.Quotes.Revisions;
using Portal.Web.Accounts;

namespace Portal.Web.Controllers;

/// <summary>
/// A quote's PDFs, for the customer whose quote it is and for staff: the current one, and each issued revision's stored
/// one. Any other quote, or a revision it does not have, is a 404.
/// </summary>
[Authorize(Roles = PortalRoles.Customer + "," + PortalRoles.Staff)]
public sealed class QuotePdfController(QuoteDocuments documents, QuoteRevisionQueries revisions) : Controller
{
    [HttpGet("quotes/{id:int}/pdf")]
    public async Task<IActionResult> Download(int id) =>
        Pdf(await documents.RenderAsync(id, User.ToActor(), HttpContext.RequestAborted));

    [HttpGet("quotes/{id:int}/revisions/{number:int}/pdf")]
    public async Task<IActionResult> Revision(int id, int number) =>
        Pdf(await revisions.PdfAsync(id, number, User.ToActor(), HttpContext.RequestAborted));

    private FileContentResult Pdf(QuotePdf pdf) => File(pdf.Content, QuotePdf.ContentType, pdf.FileName);
}
