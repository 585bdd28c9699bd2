using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Portal.Application.Common;
using Portal.Domain.Common;

namespace Portal.Web.Common;

/// <summary>Turns a refusal from a use case into the answer a person should see: 404, 403, or the reason in plain words.</summary>
public sealed class PortalExceptionFilter : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        context.Result = context.Exception switch
        {
            NotFoundException => new NotFoundResult(),
            UnauthorizedAccessException => new StatusCodeResult(StatusCodes.Status403Forbidden),
            DomainException refused => new ViewResult
            {
                ViewName = "Refused",
                StatusCode = StatusCodes.Status409Conflict,
                ViewData = new Microsoft.AspNetCore.Mvc.ViewFeatures.ViewDataDictionary(
                    new Microsoft.AspNetCore.Mvc.ModelBinding.EmptyModelMetadataProvider(), context.ModelState) { Model = refused.Message },
            },
            _ => null,
        };
        context.ExceptionHandled = context.Result is not null;
    }
}
