using Microsoft.AspNetCore.OutputCaching;

namespace Portal.Web.Caching;

/// <summary>
/// Caches an API answer that is the same for every key (the catalog), under the version of its page tag, which every
/// saved change to what the tag stands for moves on. The key's authorization has run before the cache is asked, and
/// only a 200 is kept.
/// </summary>
public sealed class SharedApiPolicy(TimeSpan expiry, string tag) : IOutputCachePolicy
{
    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var cacheable = HttpMethods.IsGet(http.Request.Method);
        CacheSwitch.Set(context, cacheable, expiry);
        if (cacheable)
        {
            context.CacheVaryByRules.VaryByValues["version"] = await PageCache.VersionAsync(http, tag, cancellation);
        }
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (context.HttpContext.Response.StatusCode != StatusCodes.Status200OK)
        {
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }
}
