using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Portal.Application.Api;
using Portal.Domain.Api;

namespace Portal.Web.Api;

/// <summary>
/// Every API POST may carry an <c>Idempotency-Key</c> header. The first request with a key is handled and its answer
/// kept for a day; the same key with the same request gets that answer again (marked <c>Idempotent-Replayed: true</c>)
/// without the work being done twice. The same key with another request is a 422, and while the first is still being
/// handled a 409. An answer of 429 or 5xx is not kept, so the request can be sent again with the same key.
/// </summary>
public sealed class IdempotencyFilter(IServiceScopeFactory scopes) : IAsyncResourceFilter
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";

    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsPost(http.Request.Method) || !http.Request.Headers.TryGetValue(Header, out var sent))
        {
            await next();
            return;
        }
        var key = sent.ToString();
        if (key.Length is 0 or > IdempotentRequest.KeyMaxLength || key.Any(char.IsControl))
        {
            context.Result = ApiProblems.Result(StatusCodes.Status400BadRequest, "Bad idempotency key", $"An {Header} has 1 to {IdempotentRequest.KeyMaxLength} printable characters, such as a UUID.");
            return;
        }
        await using var scope = scopes.CreateAsyncScope();
        var requests = scope.ServiceProvider.GetRequiredService<IIdempotentRequests>();
        var claim = await requests.ClaimAsync(KeyId(http), key, await FingerprintAsync(http.Request), http.RequestAborted);
        context.Result = claim.Kind switch
        {
            IdempotentClaimKind.Answered => new Replay(claim.Request),
            IdempotentClaimKind.InProgress => ApiProblems.Result(StatusCodes.Status409Conflict, "Still in progress",
                $"A request with this {Header} is still being handled; send it again in a moment to get its answer."),
            IdempotentClaimKind.OtherRequest => ApiProblems.Result(StatusCodes.Status422UnprocessableEntity, "Idempotency key reused",
                $"This {Header} was used with a different request; use a new key for a new request."),
            _ => null,
        };
        if (context.Result is null)
        {
            await HandleFirstAsync(http, claim.Request, requests, next);
        }
    }

    /// <summary>Handles the request with its answer written to memory, keeps the answer, then sends it.</summary>
    private static async Task HandleFirstAsync(HttpContext http, IdempotentRequest claimed, IIdempotentRequests requests, ResourceExecutionDelegate next)
    {
        var response = http.Response.Body;
        using var answer = new MemoryStream();
        http.Response.Body = answer;
        ResourceExecutedContext executed;
        try
        {
            executed = await next();
        }
        finally
        {
            http.Response.Body = response;
        }
        var status = http.Response.StatusCode;
        if ((executed.Exception is not null && !executed.ExceptionHandled) || status >= 500 || status == StatusCodes.Status429TooManyRequests)
        {
            await requests.ReleaseAsync(claimed, CancellationToken.None);
        }
        else
        {
            await requests.AnswerAsync(claimed, status, http.Response.ContentType, http.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null,
                answer.ToArray(), CancellationToken.None);
        }
        answer.Position = 0;
        await answer.CopyToAsync(response, http.RequestAborted);
    }

    private static int KeyId(HttpContext http) =>
        int.Parse(http.User.FindFirst(ApiKeyAuthentication.KeyIdClaim)?.Value ?? throw new InvalidOperationException("The API key was not signed in."),
            CultureInfo.InvariantCulture);

    /// <summary>The SHA-256 of the method, address and body, read so that the action can read the body again.</summary>
    private static async Task<string> FingerprintAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        var buffer = new byte[16 * 1024];
        for (int read; (read = await request.Body.ReadAsync(buffer, request.HttpContext.RequestAborted)) > 0;)
        {
            hash.AppendData(buffer, 0, read);
        }
        request.Body.Position = 0;
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The kept answer, sent again as it was.</summary>
    private sealed class Replay(IdempotentRequest kept) : IActionResult
    {
        public async Task ExecuteResultAsync(ActionContext context)
        {
            var response = context.HttpContext.Response;
            response.StatusCode = kept.StatusCode!.Value;
            response.ContentType = kept.ContentType;
            if (kept.Location is { } location)
            {
                response.Headers.Location = location;
            }
            response.Headers[ReplayedHeader] = "true";
            await response.Body.WriteAsync(kept.Body, context.HttpContext.RequestAborted);
        }
    }
}
