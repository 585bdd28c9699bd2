using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Portal.Web.Api;

/// <summary>Declares JSON answers (for the OpenAPI document too) while a problem keeps its <c>application/problem+json</c>.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class ProducesJsonAttribute() : ProducesAttribute("application/json")
{
    public override void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is not ObjectResult { Value: ProblemDetails })
        {
            base.OnResultExecuting(context);
        }
    }
}
