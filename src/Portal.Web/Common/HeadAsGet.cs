using Microsoft.AspNetCore.Http.Features;

namespace Portal.Web.Common;

/// <summary>
/// Answers a HEAD request as the GET of the same address would be answered, status and headers, without the body:
/// the routes and the output cache know GET only. The page is still made (and may be cached whole for the next GET);
/// what it writes goes nowhere.
/// </summary>
public sealed class HeadAsGet(RequestDelegate next)
{
    /// <summary>Any other request goes on as it is, at no cost.</summary>
    public Task InvokeAsync(HttpContext context) => HttpMethods.IsHead(context.Request.Method) ? AsGetAsync(context) : next(context);

    private async Task AsGetAsync(HttpContext context)
    {
        var body = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        context.Request.Method = HttpMethods.Get;
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(Stream.Null, body));
        try
        {
            await next(context);
        }
        finally
        {
            context.Features.Set(body);
            context.Request.Method = HttpMethods.Head;
        }
    }
}
