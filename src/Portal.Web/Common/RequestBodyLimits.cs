using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Portal.Web.Payments;

namespace Portal.Web.Common;

/// <summary>
/// How large a request body may be: an API request or a page's form <see cref="ApiBytes"/> and <see cref="FormBytes"/>,
/// unless its endpoint names its own limit (the payment webhook less, the restricted-party list upload more). A body
/// announced larger is refused before it is read, one sent in chunks as soon as it passes the limit; either is a 413:
/// problem details under /api, a short text for the webhook, the friendly error page for a form. Runs after routing,
/// so that the endpoint's own limit is known.
/// </summary>
public sealed class RequestBodyLimits(RequestDelegate next)
{
    public const long ApiBytes = 1024 * 1024;
    public const long FormBytes = 1024 * 1024;

    /// <summary>
    /// A request that can have no body (a GET with neither length nor chunks), and the friendly page of a refused request
    /// drawn on its way out (its body is not read again), go on at no cost.
    /// </summary>
    public Task InvokeAsync(HttpContext http) =>
        http.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody == false || http.Features.Get<IStatusCodeReExecuteFeature>() is not null
            ? next(http)
            : LimitAsync(http);

    private async Task LimitAsync(HttpContext http)
    {
        var limit = LimitOf(http);
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }
        if (http.Request.ContentLength > limit)
        {
            await RefuseAsync(http, limit!.Value);
            return;
        }
        var body = new LimitedRequestBody(http.Request.Body);
        http.Request.Body = body;
        try
        {
            await next(http);
        }
        catch (Exception) when (body.PassedLimit && !http.Response.HasStarted)
        {
            // The reader's failure to read on: the 413 below says why.
        }
        if (body.PassedLimit && !http.Response.HasStarted)
        {
            http.Response.Clear();
            await RefuseAsync(http, limit!.Value);
        }
    }

    private static long? LimitOf(HttpContext http) =>
        http.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is { } own
            ? own.MaxRequestBodySize
            : http.Request.Path.StartsWithSegments("/api") ? ApiBytes : FormBytes;

    private static Task RefuseAsync(HttpContext http, long limit)
    {
        var most = $"at most {limit / 1024:N0} KB";
        if (http.Request.Path.StartsWithSegments("/api"))
        {
            return Api.ApiProblems.WriteAsync(http, StatusCodes.Status413PayloadTooLarge, "Too large", $"A request body to the API may have {most}.");
        }
        http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        return http.Request.Path.StartsWithSegments(PaymentWebhookEndpoint.Path)
            ? Results.Text($"Too large: an event may have {most}.", statusCode: StatusCodes.Status413PayloadTooLarge).ExecuteAsync(http)
            : Task.CompletedTask;
    }
}
