using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Payments;
using Portal.Domain.Common;

namespace Portal.Web.Common;

/// <summary>
/// Turns a refusal from a use case into the answer a person should see (.docs/decisions/013-refusals.md): 404, or the
/// reason in plain words (a 403 says which role or limit is missing) (also when a concurrent change won: the first save is kept and the second is told); for
/// the API, the same as problem details. Field messages are no exception: the controller shows them on the form.
/// </summary>
public sealed class PortalExceptionFilter : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        if (context.ActionDescriptor.EndpointMetadata.OfType<ApiControllerAttribute>().Any())
        {
            context.Result = Problem(context.Exception);
            context.ExceptionHandled = context.Result is not null;
            return;
        }
        context.Result = context.Exception switch
        {
            NotFoundException => new NotFoundResult(),
            NotAllowedException notAllowed => Refused(context, notAllowed.Message, StatusCodes.Status403Forbidden),
            DomainException refused => Refused(context, refused.Message),
            PaymentProviderException unavailable => Refused(context, unavailable.Message, StatusCodes.Status503ServiceUnavailable),
            DbUpdateConcurrencyException => Refused(context,
                "Someone else changed this while you were working on it, so your change was not saved. Reload the page to see theirs, then try again."),
            _ => null,
        };
        context.ExceptionHandled = context.Result is not null;
    }

    /// <summary>The same refusals for the API, as RFC 9457 problem details.</summary>
    private static ObjectResult? Problem(Exception exception) => exception switch
    {
        NotFoundException => Problem(StatusCodes.Status404NotFound, "Not found", exception.Message),
        NotAllowedException => Problem(StatusCodes.Status403Forbidden, "Not allowed", exception.Message),
        DomainException or DbUpdateConcurrencyException => Problem(StatusCodes.Status409Conflict, "Refused", exception.Message),
        PaymentProviderException => Problem(StatusCodes.Status503ServiceUnavailable, "Payments unavailable", exception.Message),
        _ => null,
    };

    private static ObjectResult Problem(int status, string title, string detail) => Api.ApiProblems.Result(status, title, detail);

    private static ViewResult Refused(ExceptionContext context, string message, int status = StatusCodes.Status409Conflict) => new()
    {
        ViewName = "Refused",
        StatusCode = status,
        ViewData = new Microsoft.AspNetCore.Mvc.ViewFeatures.ViewDataDictionary(
            new Microsoft.AspNetCore.Mvc.ModelBinding.EmptyModelMetadataProvider(), context.ModelState) { Model = message },
    };
}
