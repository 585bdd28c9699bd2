using System.Globalization;
using Portal.Application.Api;
using Portal.Domain.Api;

namespace Portal.Web.Api;

/// <summary>
/// Counts each API call against its key's permits and says where the key stands in the headers of the IETF draft on
/// rate limits (<c>RateLimit-Policy</c>, <c>RateLimit-Limit</c>, <c>RateLimit-Remaining</c>, <c>RateLimit-Reset</c> in
/// seconds); a call beyond the permits is a 429 problem with <c>Retry-After</c>.
/// </summary>
public sealed class ApiRateLimiting(RequestDelegate next, ApiRateLimiter limiter)
{
    public Task InvokeAsync(HttpContext http)
    {
        var allowance = limiter.Take(Client(http));
        if (allowance.Allowed)
        {
            // Set as the answer starts, so that an answer served from the output cache tells this call's count, not the stored one's.
            http.Response.OnStarting(() =>
            {
                Tell(http.Response.Headers, allowance);
                return Task.CompletedTask;
            });
            return next(http);
        }
        Tell(http.Response.Headers, allowance);
        http.Response.Headers.RetryAfter = Invariant($"{Seconds(allowance.ResetsIn)}");
        return ApiProblems.WriteAsync(http, StatusCodes.Status429TooManyRequests, "Too many requests",
            Invariant($"This key may make {allowance.Limit} calls every {Seconds(allowance.Window)} s; try again in {Seconds(allowance.ResetsIn)} s."));
    }

    private static void Tell(IHeaderDictionary headers, ApiAllowance allowance)
    {
        headers["RateLimit-Policy"] = Invariant($"{allowance.Limit};w={Seconds(allowance.Window)}");
        headers["RateLimit-Limit"] = Invariant($"{allowance.Limit}");
        headers["RateLimit-Remaining"] = Invariant($"{allowance.Remaining}");
        headers["RateLimit-Reset"] = Invariant($"{Seconds(allowance.ResetsIn)}");
    }

    /// <summary>The key's public prefix when a key-shaped one is sent (whether it opens is the authentication's business), else the address.</summary>
    private static string Client(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.Ordinal) && ApiKey.TryRead(header["Bearer ".Length..].Trim(), out var prefix, out _)
            ? $"key:{prefix}"
            : $"address:{http.Connection.RemoteIpAddress}";
    }

    private static int Seconds(TimeSpan span) => Math.Max(0, (int)Math.Ceiling(span.TotalSeconds));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
