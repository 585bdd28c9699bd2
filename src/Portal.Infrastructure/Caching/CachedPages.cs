using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Portal.Domain.Catalog;
using Portal.Domain.Organizations;
using Portal.Domain.Payments;
using Portal.Domain.Quotes;
using Portal.Domain.Waitlist;
using Portal.Infrastructure.Persistence;
using Portal.Application.Accounts;

namespace Portal.Infrastructure.Caching;

/// <summary>
/// The groups (tags) of cached pages, which saves change what they show, and their versions in the database: the
/// catalog pages show products and free supply; an organization's own pages show it, its sites, people, quotes,
/// waitlist entries and deposits; the staff's review queue shows quotes with their customers' and people's names; every
/// customer's waitlist page shows places in lines that move with anyone's entry and with supply.
/// </summary>
public static class CachedPages
{
    public const string Catalog = "catalog";
    public const string ReviewQueue = "review-queue";
    public const string Waitlist = "waitlist";

    public static string OfOrganization(int organizationId) => "organization:" + organizationId.ToString(CultureInfo.InvariantCulture);

    public static IEnumerable<string> ChangedBy(ChangeTracker tracker)
    {
        foreach (var entry in tracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            // Holds change free supply through direct updates; their own rows come and go in the same transaction.
            if (entry.Entity is Product or Allocation or QuoteHold or WaitlistEntry or Deposit)
            {
                yield return Catalog;
                yield return Waitlist;
            }
            if (entry.Entity is Quote or Organization or PortalUser)
            {
                yield return ReviewQueue;
            }
            if (OrganizationOf(entry) is { } organization)
            {
                yield return OfOrganization(organization);
            }
        }
    }

    private static int? OrganizationOf(EntityEntry entry) => entry.Entity switch
    {
        Organization { Id: > 0 } organization => organization.Id,
        Site site => site.OrganizationId,
        PortalUser user => user.OrganizationId,
        Quote quote => quote.OrganizationId,
        WaitlistEntry waiting => waiting.OrganizationId,
        Deposit deposit => deposit.OrganizationId,
        _ => null,
    };

    /// <summary>The version the tag's pages are at now: 0 until the first change.</summary>
    public static Task<long> VersionAsync(DbContext db, string tag, CancellationToken cancellationToken) =>
        db.Set<PageVersion>().AsNoTracking().Where(v => v.Tag == tag).Select(v => v.Version).FirstOrDefaultAsync(cancellationToken);

    public static void Bump(DbContext db, IEnumerable<string> tags) => db.Database.ExecuteEach(tags.Select(BumpOf));

    public static Task BumpAsync(DbContext db, IEnumerable<string> tags, CancellationToken cancellationToken) =>
        db.Database.ExecuteEachAsync(tags.Select(BumpOf), cancellationToken);

    /// <summary>The same statement on SQLite and PostgreSQL; concurrent bumps of one tag each count.</summary>
    private static FormattableString BumpOf(string tag) => $"""
        INSERT INTO "PageVersions" ("Tag", "Version") VALUES ({tag}, 1)
        ON CONFLICT ("Tag") DO UPDATE SET "Version" = "PageVersions"."Version" + 1
        """;
}
