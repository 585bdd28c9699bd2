using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Common;
using Portal.Application.Payments;
using Portal.Domain.Common;

namespace Portal.Web.Common;

/// <summary>
/// Turns a refusal from a use case into the answer a person should see: 404, 403, or the reason in plain words (also
/// when a concurrent change won: the first save is kept and the second is told).
/// </summary>
public sealed class PortalExceptionFilter : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        context.Result = context.Exception switch
        {
            NotFoundException => new NotFoundResult(),
            UnauthorizedAccessException => new StatusCodeResult(StatusCodes.Status403Forbidden),
            DomainException refused => Refused(context, refused.Message),
            PaymentProviderException unavailable => Refused(context, unavailable.Message, StatusCodes.Status503ServiceUnavailable),
            DbUpdateConcurrencyException => Refused(context,
                "Someone else changed this while you were working on it, so your change was not saved. Reload the page to see theirs, then try again."),
            _ => null,
        };
        context.ExceptionHandled = context.Result is not null;
    }

    private static ViewResult Refused(ExceptionContext context, string message, int status = StatusCodes.Status409Conflict) => new()
    {
        ViewName = "Refused",
        StatusCode = status,
        ViewData = new Microsoft.AspNetCore.Mvc.ViewFeatures.ViewDataDictionary(
            new Microsoft.AspNetCore.Mvc.ModelBinding.EmptyModelMetadataProvider(), context.ModelState) { Model = message },
    };
}
