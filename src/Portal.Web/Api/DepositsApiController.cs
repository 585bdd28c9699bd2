using Microsoft.AspNetCore.Mvc;
using Portal.Application.Api;
using Portal.Web.Accounts;

namespace Portal.Web.Api;

/// <summary>The status of deposits: due, paid, refunded; all of them, a quote's, or one.</summary>
[Route("api/v1/deposits")]
public sealed class DepositsApiController(ApiDeposits deposits) : PortalApiController
{
    /// <summary>Newest first, at most 500; only the deposits of one quote when <paramref name="quote"/> is given.</summary>
    [ExampleCall("quote=11")]
    [HttpGet]
    [ProducesResponseType<IReadOnlyList<ApiDeposit>>(StatusCodes.Status200OK)]
    public async Task<IReadOnlyList<ApiDeposit>> List(int? quote) =>
        (await deposits.ListAsync(User.ToActor(), quote, HttpContext.RequestAborted)).Select(ApiDeposit.Of).ToList();

    [ExampleCall("id=2")]
    [HttpGet("{id:int}")]
    [ProducesResponseType<ApiDeposit>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public async Task<ApiDeposit> Get(int id) => ApiDeposit.Of(await deposits.GetAsync(id, User.ToActor(), HttpContext.RequestAborted));
}
