using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Core.Infrastructure;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Portal.Web.Common;

/// <summary>
/// A form sent without a valid antiforgery token or cookie (left open across a sign-in, sent from elsewhere, or a
/// tampered cookie) is an expected refusal: one warning line, and a 400 page that says what to do. The framework's own
/// antiforgery log lines, an error with a stack trace for a cookie it cannot read, are switched off in
/// <see cref="Silence"/>; on a page that only shows a form, such a cookie is simply replaced.
/// </summary>
public sealed partial class AntiforgeryRefusals(ILogger<AntiforgeryRefusals> logger) : IAlwaysRunResultFilter
{
    public const string Message =
        "This form could not be accepted: it was open too long, or you signed in or out meanwhile. Reload the page and send it again.";

    public static void Silence(ILoggingBuilder logging) => logging
        .AddFilter("Microsoft.AspNetCore.Antiforgery", LogLevel.None)
        .AddFilter("Microsoft.AspNetCore.Mvc.ViewFeatures.Filters.AutoValidateAntiforgeryTokenAuthorizationFilter", LogLevel.None)
        .AddFilter("Microsoft.AspNetCore.Mvc.ViewFeatures.Filters.ValidateAntiforgeryTokenAuthorizationFilter", LogLevel.None);

    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is not IAntiforgeryValidationFailedResult)
        {
            return;
        }
        var request = context.HttpContext.Request;
        // A body the form reader refused (too large, a null character) keeps the framework's answer for it.
        if (context.HttpContext.Features.Get<IFormFeature>()?.Form is null)
        {
            Unreadable(logger, request.Method, request.Path.Value ?? "/");
            return;
        }
        Refused(logger, request.Method, request.Path.Value ?? "/");
        context.Result = new ViewResult
        {
            ViewName = "Refused",
            ViewData = new ViewDataDictionary<string>(new Microsoft.AspNetCore.Mvc.ModelBinding.EmptyModelMetadataProvider(), context.ModelState) { Model = Message },
            StatusCode = StatusCodes.Status400BadRequest,
        };
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused {Method} {Path}: its antiforgery token or cookie is missing or not valid")]
    private static partial void Refused(ILogger logger, string method, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused {Method} {Path}: its form could not be read")]
    private static partial void Unreadable(ILogger logger, string method, string path);
}
