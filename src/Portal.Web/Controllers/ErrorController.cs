using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Portal.Web.Controllers;

/// <summary>The friendly pages for failures and status codes; re-executed for any method, so it takes any.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorController : Controller
{
    /// <summary>After an exception: the exception handler has set 500, or 503 when the database could not be reached.</summary>
    [Route("Error")]
    public IActionResult Index() => Show(Response.StatusCode is >= 500 and <= 599 ? Response.StatusCode : StatusCodes.Status500InternalServerError);

    /// <summary>
    /// The code is read from the address, not bound: the failed request is re-executed with its own body, and a body
    /// the form reader refuses (a null character) stops all model binding, which would turn a 400 into a 500.
    /// </summary>
    [Route("Error/{code:int}")]
    public IActionResult Status() =>
        Show(int.TryParse(Convert.ToString(RouteData.Values["code"], CultureInfo.InvariantCulture), out var code) && code is >= 400 and <= 599
            ? code
            : StatusCodes.Status500InternalServerError);

    private ViewResult Show(int code)
    {
        Response.StatusCode = code;
        if (code == StatusCodes.Status503ServiceUnavailable)
        {
            Response.Headers.RetryAfter = "30";
        }
        return View("Error", new ErrorPage(code, Activity.Current?.Id ?? HttpContext.TraceIdentifier));
    }
}

public sealed record ErrorPage(int StatusCode, string RequestId)
{
    public string Title => StatusCode switch
    {
        403 => "You cannot open this page",
        404 => "We could not find that page",
        409 => "That change is not possible now",
        413 => "That is more than this form takes",
        429 => "Too many requests",
        503 => "The portal is briefly unavailable",
        >= 500 => "Something went wrong on our side",
        _ => "The request could not be handled",
    };

    public string Explanation => StatusCode switch
    {
        403 => "Your account does not have access to it. If you think it should, ask your administrator.",
        404 => "The link may be old, or the item may belong to another account.",
        413 => "What you sent is larger than we accept here. Send less (a shorter text, a smaller file), then try again.",
        429 => "You tried this too often in a short time. Wait a minute, then try again; nothing you sent before was lost.",
        503 => "We cannot reach our database just now. Nothing you sent was saved in part: try again in a minute.",
        >= 500 => "The problem has been logged. Please try again in a moment; if it persists, send us the request id below.",
        _ => "Please check what you sent and try again.",
    };
}
