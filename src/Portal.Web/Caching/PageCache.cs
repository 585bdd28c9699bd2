using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;
using System.Security.Claims;
using Portal.Application.Common;
using Portal.Infrastructure.Identity;

namespace Portal.Web.Caching;

/// <summary>
/// The output cache's policies and the drops that keep it honest: anonymous catalog pages are shared by every visitor;
/// an organization's own pages, the customers' waitlist pages and the staff's review queue are kept per user (see
/// <see cref="UserPagePolicy"/>).
/// </summary>
public sealed class PageCache(IOutputCacheStore store) : IPageCache
{
    public const string Catalog = "Catalog";
    public const string OrganizationPage = "OrganizationPage";
    public const string StaffPage = "StaffPage";
    public const string WaitlistPage = "WaitlistPage";
    private const string CatalogTag = "catalog";
    private const string ReviewQueueTag = "review-queue";
    private const string WaitlistTag = "waitlist";
    private static readonly TimeSpan Expiry = TimeSpan.FromSeconds(60);

    public static string OrganizationTag(int organizationId) =>
        "organization:" + organizationId.ToString(CultureInfo.InvariantCulture);

    public static void AddPolicies(OutputCacheOptions options)
    {
        options.AddPolicy(Catalog, policy => policy.Expire(Expiry).SetVaryByQuery("*").Tag(CatalogTag));
        options.AddPolicy(OrganizationPage, new UserPagePolicy(Expiry, user =>
            int.TryParse(user.FindFirstValue(PortalClaims.OrganizationId), CultureInfo.InvariantCulture, out var organization) ? OrganizationTag(organization) : null));
        // Waiting times on the queue may be up to the expiry old; any saved change to a quote drops it at once.
        options.AddPolicy(StaffPage, new UserPagePolicy(Expiry, user =>
            user.IsInRole(PortalRoles.Sales) || user.IsInRole(PortalRoles.Admin) ? ReviewQueueTag : null));
        // A customer's places and estimates depend on every entry of the line and on supply: any change to either drops them all.
        options.AddPolicy(WaitlistPage, new UserPagePolicy(Expiry, user => user.IsInRole(PortalRoles.Customer) ? WaitlistTag : null));
    }

    public async Task DropCatalogAsync(CancellationToken cancellationToken = default) =>
        await store.EvictByTagAsync(CatalogTag, cancellationToken);

    public async Task DropReviewQueueAsync(CancellationToken cancellationToken = default) =>
        await store.EvictByTagAsync(ReviewQueueTag, cancellationToken);

    public async Task DropWaitlistAsync(CancellationToken cancellationToken = default) =>
        await store.EvictByTagAsync(WaitlistTag, cancellationToken);

    public async Task DropOrganizationAsync(int organizationId, CancellationToken cancellationToken = default) =>
        await store.EvictByTagAsync(OrganizationTag(organizationId), cancellationToken);
}
