using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.OutputCaching;
using Portal.Application.Accounts;
using Portal.Application.Common;

namespace Portal.Web.Caching;

/// <summary>
/// The output cache's policies: anonymous catalog pages are shared by every visitor; an organization's own pages, the
/// customers' waitlist pages and the staff's review queue are kept per user (see <see cref="UserPagePolicy"/>). Each
/// page is cached under the version its tag had when it was rendered (see <see cref="PageTags"/>), so that a change
/// saved on any instance retires it everywhere.
/// </summary>
public static class PageCache
{
    public const string Catalog = "Catalog";
    public const string ApiCatalog = "ApiCatalog";
    public const string OrganizationPage = "OrganizationPage";
    public const string StaffPage = "StaffPage";
    public const string WaitlistPage = "WaitlistPage";
    private static readonly TimeSpan Expiry = TimeSpan.FromSeconds(60);

    public static void AddPolicies(OutputCacheOptions options)
    {
        options.AddPolicy(Catalog, policy => policy.Expire(Expiry).SetVaryByQuery("*")
            .SetCacheKeyPrefix((http, cancellation) => VersionAsync(http, PageTags.Catalog, cancellation)));
        // The API's catalog is the same for every key, which the API's authorization has checked before the cache is asked.
        options.AddPolicy(ApiCatalog, new SharedApiPolicy(Expiry, PageTags.Catalog));
        options.AddPolicy(OrganizationPage, new UserPagePolicy(Expiry, user =>
            int.TryParse(user.FindFirstValue(PortalClaims.OrganizationId), CultureInfo.InvariantCulture, out var organization) ? PageTags.OfOrganization(organization) : null));
        // Waiting times on the queue may be up to the expiry old; any saved change to a quote retires it at once.
        options.AddPolicy(StaffPage, new UserPagePolicy(Expiry, user =>
            PortalRoles.IsStaff(user.IsInRole) ? PageTags.ReviewQueue : null));
        options.AddPolicy(WaitlistPage, new UserPagePolicy(Expiry, user => user.IsInRole(PortalRoles.Customer) ? PageTags.Waitlist : null));
    }

    /// <summary>The tag and the version it is at now (see <see cref="IPageVersions"/>), as part of a cache key.</summary>
    public static async ValueTask<string> VersionAsync(HttpContext http, string tag, CancellationToken cancellation)
    {
        var version = await http.RequestServices.GetRequiredService<IPageVersions>().VersionAsync(tag, cancellation);
        return tag + "@" + version.ToString(CultureInfo.InvariantCulture);
    }
}
