using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Portal.Application.Api;
using Portal.Application.Common;

namespace Portal.Web.Api;

/// <summary>
/// What every API controller is: called with an API key that may read (and, for changes, write), answering JSON, or a
/// 401 problem without a key. The key travels in a header that a browser never adds by itself, so the API's posts need
/// no antiforgery token; cookies do not sign anyone in here.
/// </summary>
[ApiController]
[Authorize(AuthenticationSchemes = ApiKeyAuthentication.SchemeName, Policy = ApiPolicies.Read)]
[IgnoreAntiforgeryToken]
[TypeFilter<IdempotencyFilter>]
[ProducesJson]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized)]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status429TooManyRequests)]
public abstract class PortalApiController : ControllerBase
{
    /// <summary>
    /// A use case's refusal as a 400 with each message under its field, named as the API's JSON spells it ("" for the
    /// request as a whole).
    /// </summary>
    protected ObjectResult Refused(IEnumerable<FieldError> errors)
    {
        var byField = errors.GroupBy(e => ApiFields.Name(e.Field)).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
        var problem = new ValidationProblemDetails(byField)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request was refused",
            Detail = byField.TryGetValue("", out var whole) ? string.Join(" ", whole) : "See the message for each field.",
        };
        return ApiProblems.Result(problem);
    }
}
