using Microsoft.AspNetCore.Mvc.Filters;
using Portal.Application.Payments;

namespace Portal.Web.Common;

/// <summary>
/// Lets a page's forms lead to the payment provider's checkout: the page's Content-Security-Policy allows form posts
/// (and their redirects) to the checkout origin besides our own. Every other page keeps form-action 'self'.
/// </summary>
public sealed class CheckoutFormAction(IPaymentGateway gateway) : IResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        var headers = context.HttpContext.Response.Headers;
        if (gateway.CheckoutOrigin is { } origin && !context.HttpContext.Response.HasStarted)
        {
            headers.ContentSecurityPolicy = headers.ContentSecurityPolicy.ToString()
                .Replace("form-action 'self'", $"form-action 'self' {origin.GetLeftPart(UriPartial.Authority)}", StringComparison.Ordinal);
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
