using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Application.Api;
using Portal.Application.Catalog;
using Portal.Application.Common;
using Portal.Application.Waitlist.AcceptOffer;
using Portal.Application.Waitlist.DeclineOffer;
using Portal.Application.Waitlist.Join;
using Portal.Application.Waitlist.Leave;
using Portal.Web.Accounts;

namespace Portal.Web.Api;

/// <summary>
/// A company's place in the lines for allocation-limited products: its entries read, and with a write key, joined,
/// left, and an offer accepted (which makes a quote request with the offered units held for it) or declined.
/// </summary>
[Route("api/v1/waitlist")]
public sealed class WaitlistApiController(ApiWaitlist waitlist) : PortalApiController
{
    /// <summary>The company's entries, the active ones first.</summary>
    [ExampleCall]
    [HttpGet]
    [ProducesResponseType<IReadOnlyList<ApiWaitlistEntry>>(StatusCodes.Status200OK)]
    public Task<IReadOnlyList<ApiWaitlistEntry>> List() => waitlist.ListAsync(User.ToActor(), HttpContext.RequestAborted);

    [ExampleCall("id=1")]
    [HttpGet("{id:int}")]
    [ProducesResponseType<ApiWaitlistEntry>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public Task<ApiWaitlistEntry> Get(int id) => waitlist.GetAsync(id, User.ToActor(), HttpContext.RequestAborted);

    /// <summary>Joins the line for a product: a quarter ("2027-Q1"), or none for the earliest with supply.</summary>
    [ExampleCall(Body = """{ "sku": "TRN3-SLED-8", "quantity": 16 }""")]
    [HttpPost]
    [Authorize(Policy = ApiPolicies.Write)]
    [ProducesResponseType<ApiWaitlistEntry>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Join(JoinWaitlistCommand join, [FromServices] JoinWaitlistHandler joining)
    {
        var joined = await joining.HandleAsync(join, User.ToActor(), HttpContext.RequestAborted);
        return joined.Succeeded
            ? CreatedAtAction(nameof(Get), new { id = joined.Value }, await waitlist.GetAsync(joined.Value, User.ToActor(), HttpContext.RequestAborted))
            : Refused(joined.Errors);
    }

    /// <summary>Leaves the line; an open offer's units pass to the next entry, and a reservation's paid deposit is refunded.</summary>
    [ExampleCall("id=3")]
    [HttpDelete("{id:int}")]
    [Authorize(Policy = ApiPolicies.Write)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> Leave(int id, [FromServices] LeaveWaitlistHandler leave)
    {
        await leave.HandleAsync(new LeaveWaitlistCommand(id, null), User.ToActor(), HttpContext.RequestAborted);
        return NoContent();
    }

    /// <summary>
    /// Takes the open offer named in <c>offerId</c> for one of the company's sites: a quote request for the offered
    /// units, submitted to sales. A 409 when the entry has moved on (that offer answered, lapsed or followed by another).
    /// </summary>
    [ExampleCall("id=1", Body = """{ "siteId": 1, "offerId": 1 }""")]
    [HttpPost("{id:int}/accept-offer")]
    [Authorize(Policy = ApiPolicies.Write)]
    [ProducesResponseType<ApiQuoteDetail>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> AcceptOffer(int id, OfferAcceptance acceptance, [FromServices] AcceptOfferHandler accept, [FromServices] ApiQuotes quotes,
        [FromServices] VendorProfile vendor)
    {
        User.ToActor().EnsureCustomer();
        if (acceptance.OfferId is not { } offer)
        {
            return OfferNotNamed();
        }
        var accepted = await accept.HandleAsync(new AcceptOfferCommand(id, offer, acceptance.SiteId), User.ToActor(), HttpContext.RequestAborted);
        return accepted.Succeeded
            ? CreatedAtAction(nameof(QuotesApiController.Get), "QuotesApi", new { id = accepted.Value },
                ApiQuoteDetail.Of(await quotes.GetAsync(accepted.Value, User.ToActor(), HttpContext.RequestAborted), vendor.Currency))
            : Refused(accepted.Errors);
    }

    /// <summary>Turns down the open offer named in <c>offerId</c>: the entry leaves the line and the units go to the next in it.</summary>
    [ExampleCall("id=1", Body = """{ "offerId": 1 }""")]
    [HttpPost("{id:int}/decline-offer")]
    [Authorize(Policy = ApiPolicies.Write)]
    [ProducesResponseType<ApiWaitlistEntry>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> DeclineOffer(int id, OfferAnswer answer, [FromServices] DeclineOfferHandler decline)
    {
        User.ToActor().EnsureCustomer();
        if (answer.OfferId is not { } offer)
        {
            return OfferNotNamed();
        }
        await decline.HandleAsync(new DeclineOfferCommand(id, offer), User.ToActor(), HttpContext.RequestAborted);
        return Ok(await waitlist.GetAsync(id, User.ToActor(), HttpContext.RequestAborted));
    }

    private ObjectResult OfferNotNamed() => Refused([new FieldError(nameof(OfferAnswer.OfferId), ApiOffer.NotNamed)]);
}

/// <param name="SiteId">The company's site the offered units go to.</param>
/// <param name="OfferId">The offer accepted: the entry's <c>offer.id</c>.</param>
public sealed record OfferAcceptance(int? SiteId, int? OfferId);

/// <param name="OfferId">The offer answered: the entry's <c>offer.id</c>.</param>
public sealed record OfferAnswer(int? OfferId);
