using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Portal.Web.Api;

/// <summary>What every API controller is: called with an API key that may read, answering JSON, or a 401 problem without a key.</summary>
[ApiController]
[Authorize(AuthenticationSchemes = ApiKeyAuthentication.SchemeName, Policy = ApiPolicies.Read)]
[Produces("application/json")]
[ProducesResponseType<ProblemDetails>(StatusCodes.Status401Unauthorized)]
public abstract class PortalApiController : ControllerBase;
