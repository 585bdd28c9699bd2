using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Portal.Application.Accounts;

namespace Portal.Web.Api;

/// <summary>
/// Counts each API call against its company's permits (all its keys together, so that more keys do not make more calls;
/// the staff keys count as the vendor's) and says where the company stands in the headers of the IETF draft on rate
/// limits (<c>RateLimit-Policy</c>, <c>RateLimit-Limit</c>, <c>RateLimit-Remaining</c>, <c>RateLimit-Reset</c> in
/// seconds); a call beyond the permits is a 429 problem with <c>Retry-After</c>. A call without a good key counts
/// against its address, so made-up keys do not buy permits either.
/// </summary>
public sealed class ApiRateLimiting(RequestDelegate next, ApiRateLimiter limiter)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var allowance = limiter.Take(await ClientAsync(http));
        if (allowance.Allowed)
        {
            // Set as the answer starts, so that an answer served from the output cache tells this call's count, not the stored one's.
            http.Response.OnStarting(() =>
            {
                Tell(http.Response.Headers, allowance);
                return Task.CompletedTask;
            });
            await next(http);
            return;
        }
        Tell(http.Response.Headers, allowance);
        http.Response.Headers.RetryAfter = Invariant($"{Seconds(allowance.ResetsIn)}");
        await ApiProblems.WriteAsync(http, StatusCodes.Status429TooManyRequests, "Too many requests",
            Invariant($"At most {allowance.Limit} calls every {Seconds(allowance.Window)} s (a company's keys count together); try again in {Seconds(allowance.ResetsIn)} s."));
    }

    private static void Tell(IHeaderDictionary headers, ApiAllowance allowance)
    {
        headers["RateLimit-Policy"] = Invariant($"{allowance.Limit};w={Seconds(allowance.Window)}");
        headers["RateLimit-Limit"] = Invariant($"{allowance.Limit}");
        headers["RateLimit-Remaining"] = Invariant($"{allowance.Remaining}");
        headers["RateLimit-Reset"] = Invariant($"{Seconds(allowance.ResetsIn)}");
    }

    /// <summary>
    /// The company of the key the call signs in with (read once: the authorization that follows uses the same answer),
    /// or the staff keys' shared count; else the address.
    /// </summary>
    private static async Task<string> ClientAsync(HttpContext http)
    {
        var signedIn = ApiKeyAuthentication.BearerCredentials(http.Request) is null
            ? null
            : (await http.AuthenticateAsync(ApiKeyAuthentication.SchemeName)).Principal;
        return signedIn is null
            ? $"address:{http.Connection.RemoteIpAddress}"
            : signedIn.FindFirst(PortalClaims.OrganizationId)?.Value is { } organization ? $"company:{organization}" : "staff";
    }

    private static int Seconds(TimeSpan span) => Math.Max(0, (int)Math.Ceiling(span.TotalSeconds));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
