using Microsoft.AspNetCore.OutputCaching;
using Portal.Application.Catalog;

namespace Portal.Web.Catalog;

/// <summary>Anonymous catalog pages are cached briefly and dropped as soon as an admin changes the catalog.</summary>
public sealed class CatalogOutputCache(IOutputCacheStore store) : ICatalogChangeNotifier
{
    public const string Policy = "Catalog";
    private const string Tag = "catalog";

    public static void AddPolicy(OutputCacheOptions options) =>
        options.AddPolicy(Policy, policy => policy.Expire(TimeSpan.FromSeconds(60)).SetVaryByQuery("*").Tag(Tag));

    public async Task CatalogChangedAsync(CancellationToken cancellationToken = default) =>
        await store.EvictByTagAsync(Tag, cancellationToken);
}
