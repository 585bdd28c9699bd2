using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Portal.Web.Api;

namespace Portal.Web.Controllers;

/// <summary>The API's reference, drawn from the OpenAPI document; open to anyone, like the document.</summary>
[AllowAnonymous]
[Route("developers/api")]
public sealed class ApiReferenceController([FromKeyedServices("v1")] IOpenApiDocumentProvider documents) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(ApiReference.Of(await documents.GetOpenApiDocumentAsync(HttpContext.RequestAborted)));
}
