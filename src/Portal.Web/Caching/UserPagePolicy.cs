using System.Security.Claims;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Web.Common;

namespace Portal.Web.Caching;

/// <summary>
/// Caches a signed-in user's page for that user alone and that browser alone: the key holds the user id and the
/// antiforgery cookie, so the forms' tokens in a cached page stay valid for the one who gets it. The page carries the
/// tag <paramref name="tagOf"/> gives the user (no tag: not cached), under the tag's version, which every saved change
/// to what the tag stands for moves on. Requests that carry a notice, and responses that set a cookie, are never cached.
/// </summary>
public sealed class UserPagePolicy(TimeSpan expiry, Func<ClaimsPrincipal, string?> tagOf) : IOutputCachePolicy
{
    public const string AntiforgeryCookie = "Portal.Antiforgery";

    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var user = http.User.FindFirstValue(ClaimTypes.NameIdentifier);
        var tag = user is null ? null : tagOf(http.User);
        var cacheable = HttpMethods.IsGet(http.Request.Method)
            && tag is not null
            && !Notices.Pending(http)
            && http.Request.Cookies.ContainsKey(AntiforgeryCookie);

        CacheSwitch.Set(context, cacheable, expiry);
        if (cacheable)
        {
            context.CacheVaryByRules.VaryByValues["user"] = user!;
            context.CacheVaryByRules.VaryByValues["antiforgery"] = http.Request.Cookies[AntiforgeryCookie]!;
            context.CacheVaryByRules.VaryByValues["version"] = await PageCache.VersionAsync(http, tag!, cancellation);
        }
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
        {
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }
}
