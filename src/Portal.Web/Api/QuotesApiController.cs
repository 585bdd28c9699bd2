using Microsoft.AspNetCore.Mvc;
using Portal.Application.Api;
using Portal.Application.Quotes.Documents;
using Portal.Domain.Quotes;
using Portal.Web.Accounts;

namespace Portal.Web.Api;

/// <summary>The quote requests the key's owner may read: a page at a time, one whole, and its current PDF.</summary>
[Route("api/v1/quotes")]
public sealed class QuotesApiController(ApiQuotes quotes, QuoteDocuments documents) : PortalApiController
{
    /// <summary>Newest first; <paramref name="before"/> is the <c>next</c> cursor of the previous page.</summary>
    [HttpGet]
    [ProducesResponseType<ApiQuotePage>(StatusCodes.Status200OK)]
    public Task<ApiQuotePage> List(QuoteStatus? status, int? before, int limit = 25) =>
        quotes.ListAsync(User.ToActor(), status, before, limit, HttpContext.RequestAborted);

    [HttpGet("{id:int}")]
    [ProducesResponseType<ApiQuoteDetail>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public Task<ApiQuoteDetail> Get(int id) => quotes.GetAsync(id, User.ToActor(), HttpContext.RequestAborted);

    /// <summary>The issued revision's stored PDF, or a draft's drawn now.</summary>
    [HttpGet("{id:int}/pdf")]
    [Produces(QuotePdf.ContentType)]
    [ProducesResponseType<FileContentResult>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Pdf(int id)
    {
        var pdf = await documents.RenderAsync(id, User.ToActor(), HttpContext.RequestAborted);
        return File(pdf.Content, QuotePdf.ContentType, pdf.FileName);
    }
}
