using Microsoft.AspNetCore.OutputCaching;

namespace Portal.Web.Caching;

/// <summary>How the portal's own cache policies switch the output cache on for a request: looked up and kept only when cacheable.</summary>
internal static class CacheSwitch
{
    public static void Set(OutputCacheContext context, bool cacheable, TimeSpan expiry)
    {
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = expiry;
        if (cacheable)
        {
            context.CacheVaryByRules.QueryKeys = "*";
        }
    }
}
