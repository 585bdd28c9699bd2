using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Application.Api;
using Portal.Application.Api.CreateQuoteRequest;
using Portal.Application.Catalog;
using Portal.Application.Common;
using Portal.Application.Quotes.Accept;
using Portal.Application.Quotes.Decline;
using Portal.Application.Quotes.Documents;
using Portal.Application.Quotes.Submit;
using Portal.Domain.Quotes;
using Portal.Web.Accounts;

namespace Portal.Web.Api;

/// <summary>
/// The quote requests the key's owner may read: a page at a time, one whole, and its current PDF; and, with a write key,
/// a company's own: made, submitted to sales, and the issued quote accepted or declined.
/// </summary>
[Route("api/v1/quotes")]
public sealed class QuotesApiController(ApiQuotes quotes, QuoteDocuments documents, VendorProfile vendor) : PortalApiController
{
    /// <summary>Newest first; <paramref name="before"/> is the <c>next</c> cursor of the previous page.</summary>
    [ExampleCall("status=Issued", "limit=10")]
    [HttpGet]
    [ProducesResponseType<ApiQuotePage>(StatusCodes.Status200OK)]
    public async Task<ApiQuotePage> List(QuoteStatus? status, int? before, int limit = 25) =>
        ApiQuotePage.Of(await quotes.ListAsync(User.ToActor(), status, before, limit, HttpContext.RequestAborted), vendor.Currency);

    [ExampleCall("id=7")]
    [HttpGet("{id:int}")]
    [ProducesResponseType<ApiQuoteDetail>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public Task<ApiQuoteDetail> Get(int id) => DetailAsync(id);

    /// <summary>The issued revision's stored PDF, or a draft's drawn now.</summary>
    [ExampleCall("id=7")]
    [HttpGet("{id:int}/pdf")]
    [Produces(QuotePdf.ContentType)]
    [ProducesResponseType<FileContentResult>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Pdf(int id)
    {
        var pdf = await documents.RenderAsync(id, User.ToActor(), HttpContext.RequestAborted);
        return File(pdf.Content, QuotePdf.ContentType, pdf.FileName);
    }

    /// <summary>
    /// A draft quote request with its configurations, products, site, quarter and notes, judged by the configurator's
    /// rules; all of it is saved, or nothing (a 400 names each refusal by its place in the request).
    /// </summary>
    [ExampleCall(Body = """
        { "siteId": 1, "notes": "Phase 2 of the Ashburn cluster.", "configurations": [{ "rackSku": "TRN2-RACK-48U", "components": [{ "sku": "TRN2-SRV-16", "quantity": 4 }, { "sku": "EFA-SW-25T", "quantity": 1 }, { "sku": "PDU-3PH-60KW", "quantity": 2 }], "rackCount": 2 }], "products": [{ "sku": "SVC-INSTALL-RACK", "quantity": 2 }] }
        """)]
    [HttpPost]
    [Authorize(Policy = ApiPolicies.Write)]
    [ProducesResponseType<ApiQuoteDetail>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Create(NewQuoteRequest request, [FromServices] CreateQuoteRequestHandler create)
    {
        var made = await create.HandleAsync(request, User.ToActor(), HttpContext.RequestAborted);
        return made.Succeeded
            ? CreatedAtAction(nameof(Get), new { id = made.Value }, await DetailAsync(made.Value))
            : Refused(made.Errors);
    }

    /// <summary>Sends a draft to sales, as the Submit button does: the whole request is checked again first.</summary>
    [ExampleCall("id=2")]
    [HttpPost("{id:int}/submit")]
    [Authorize(Policy = ApiPolicies.Write)]
    [ProducesResponseType<ApiQuoteDetail>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> Submit(int id, [FromServices] SubmitQuoteHandler submit)
    {
        var submitted = await submit.HandleAsync(id, User.ToActor(), HttpContext.RequestAborted);
        return submitted.Succeeded ? await Current(id) : Refused(submitted.Errors);
    }

    /// <summary>
    /// Approves the issued revision named in <c>revision</c>, signed by name and title, as the key's owner may under the
    /// company's approval rule; the last approval the rule needs accepts the quote and a deposit becomes due (the answer's
    /// <c>approvals</c> say which it was). A 403 says what the owner lacks: the Approver role, a high enough limit, or another
    /// approver (the same person approves a revision once).
    /// </summary>
    [ExampleCall("id=7", Body = """{ "name": "Harper Quinn", "title": "Head of procurement", "purchaseOrder": "PO-2026-118", "acceptTerms": true, "revision": 2 }""")]
    [HttpPost("{id:int}/accept")]
    [Authorize(Policy = ApiPolicies.Write)]
    [ProducesResponseType<ApiQuoteDetail>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> Accept(int id, AcceptQuoteCommand acceptance, [FromServices] AcceptQuoteHandler accept)
    {
        var address = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var accepted = await accept.HandleAsync(id, acceptance, address, User.ToActor(), HttpContext.RequestAborted);
        return accepted.Succeeded ? await Current(id) : Refused(accepted.Errors);
    }

    /// <summary>Declines the issued revision named in <c>revision</c>, with a reason for sales; its held supply goes back.</summary>
    [ExampleCall("id=7", Body = """{ "reason": "The budget for this phase moved to next year.", "revision": 2 }""")]
    [HttpPost("{id:int}/decline")]
    [Authorize(Policy = ApiPolicies.Write)]
    [ProducesResponseType<ApiQuoteDetail>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status403Forbidden)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> Decline(int id, QuoteDecline decline, [FromServices] DeclineQuoteHandler answer)
    {
        var declined = await answer.HandleAsync(new DeclineQuoteCommand(id, DecisionNote.ToVendor(decline.Reason), Revision: decline.Revision), User.ToActor(), HttpContext.RequestAborted);
        return declined.Succeeded ? await Current(id) : Refused(declined.Errors.Select(e => e.Field == "Note" ? e with { Field = "reason" } : e));
    }

    private async Task<IActionResult> Current(int id) => Ok(await DetailAsync(id));

    private async Task<ApiQuoteDetail> DetailAsync(int id)
    {
        var quote = await quotes.GetAsync(id, User.ToActor(), HttpContext.RequestAborted);
        return ApiQuoteDetail.Of(quote, vendor.Currency, await quotes.ApprovalsOfAsync(quote, HttpContext.RequestAborted));
    }
}

/// <param name="Reason">Why, in a sentence or two; sales reads it.</param>
/// <param name="Revision">The revision read and declined (the quote's <c>revision</c>); a 409 when another one is current.</param>
public sealed record QuoteDecline(string? Reason, int Revision);
