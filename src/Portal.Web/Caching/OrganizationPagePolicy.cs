using System.Security.Claims;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Infrastructure.Identity;
using Portal.Web.Common;

namespace Portal.Web.Caching;

/// <summary>
/// Caches a customer's page for that user alone and that browser alone: the key holds the user id and the antiforgery
/// cookie, so the forms' tokens in a cached page stay valid for the one who gets it. The page is tagged with the
/// organization, whose every saved change drops it. Requests that carry a notice, and responses that set a cookie,
/// are never cached.
/// </summary>
public sealed class OrganizationPagePolicy(TimeSpan expiry) : IOutputCachePolicy
{
    public const string AntiforgeryCookie = "Portal.Antiforgery";

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var user = http.User.FindFirstValue(ClaimTypes.NameIdentifier);
        var organization = http.User.FindFirstValue(PortalClaims.OrganizationId);
        var cacheable = HttpMethods.IsGet(http.Request.Method)
            && user is not null
            && organization is not null
            && !Notices.Pending(http)
            && http.Request.Cookies.TryGetValue(AntiforgeryCookie, out var antiforgery);

        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = expiry;
        if (cacheable)
        {
            context.CacheVaryByRules.QueryKeys = "*";
            context.CacheVaryByRules.VaryByValues["user"] = user!;
            context.CacheVaryByRules.VaryByValues["antiforgery"] = http.Request.Cookies[AntiforgeryCookie]!;
            context.Tags.Add(PageCache.OrganizationTag(int.Parse(organization!, System.Globalization.CultureInfo.InvariantCulture)));
        }
        return ValueTask.CompletedTask;
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
