using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Application.Common;

namespace Portal.Web.Caching;

/// <summary>
/// The output cache's policies and the drops that keep it honest: anonymous catalog pages are shared by every visitor;
/// an organization's own pages are kept per user (see <see cref="OrganizationPagePolicy"/>).
/// </summary>
public sealed class PageCache(IOutputCacheStore store) : IPageCache
{
    public const string Catalog = "Catalog";
    public const string OrganizationPage = "OrganizationPage";
    private const string CatalogTag = "catalog";

    public static string OrganizationTag(int organizationId) =>
        "organization:" + organizationId.ToString(CultureInfo.InvariantCulture);

    public static void AddPolicies(OutputCacheOptions options)
    {
        options.AddPolicy(Catalog, policy => policy.Expire(TimeSpan.FromSeconds(60)).SetVaryByQuery("*").Tag(CatalogTag));
        options.AddPolicy(OrganizationPage, new OrganizationPagePolicy(TimeSpan.FromSeconds(60)));
    }

    public async Task DropCatalogAsync(CancellationToken cancellationToken = default) =>
        await store.EvictByTagAsync(CatalogTag, cancellationToken);

    public async Task DropOrganizationAsync(int organizationId, CancellationToken cancellationToken = default) =>
        await store.EvictByTagAsync(OrganizationTag(organizationId), cancellationToken);
}
