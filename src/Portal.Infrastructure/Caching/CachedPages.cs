using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Portal.Domain.Catalog;
using Portal.Domain.Compliance;
using Portal.Domain.Organizations;
using Portal.Domain.Payments;
using Portal.Domain.Quotes;
using Portal.Domain.Waitlist;
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
        Screening screening => screening.OrganizationId,
        _ => null,
    };

    /// <summary>The channel on which PostgreSQL tells every instance of each bump, as it commits.</summary>
    public const string Channel = "portal_page_versions";

    /// <summary>The version the tag's pages are at now: 0 until the first change.</summary>
    public static Task<long> VersionAsync(DbContext db, string tag, CancellationToken cancellationToken) =>
        db.Set<PageVersion>().AsNoTracking().Where(v => v.Tag == tag).Select(v => v.Version).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Bumps each tag's version in turn and returns the new versions.</summary>
    public static List<PageVersion> Bump(DbContext db, IEnumerable<string> tags) =>
        tags.Select(tag => new PageVersion { Tag = tag, Version = db.Database.SqlQuery<long>(BumpOf(db, tag)).ToList()[0] }).ToList();

    /// <inheritdoc cref="Bump"/>
    public static async Task<List<PageVersion>> BumpAsync(DbContext db, IEnumerable<string> tags, CancellationToken cancellationToken)
    {
        var bumped = new List<PageVersion>();
        foreach (var tag in tags)
        {
            var version = await db.Database.SqlQuery<long>(BumpOf(db, tag)).ToListAsync(cancellationToken);
            bumped.Add(new PageVersion { Tag = tag, Version = version[0] });
        }
        return bumped;
    }

    /// <summary>A notice on <see cref="Channel"/>: the tag and its new version.</summary>
    public static bool TryReadNotice(string notice, out PageVersion version)
    {
        var space = notice.LastIndexOf(' ');
        var read = long.TryParse(notice.AsSpan(space + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var number);
        version = new PageVersion { Tag = space > 0 ? notice[..space] : "", Version = number };
        return read && space > 0;
    }

    /// <summary>
    /// Concurrent bumps of one tag each count. On PostgreSQL the bump also sends its notice, which every listener gets
    /// when (and only if) the transaction commits. (The statement is run as it is, never composed: PostgreSQL allows a
    /// data-modifying WITH only at the top.)
    /// </summary>
    private static FormattableString BumpOf(DbContext db, string tag) => db.Database.IsNpgsql()
        ? (FormattableString)$"""
            WITH bumped AS (
                INSERT INTO "PageVersions" ("Tag", "Version") VALUES ({tag}, 1)
                ON CONFLICT ("Tag") DO UPDATE SET "Version" = "PageVersions"."Version" + 1
                RETURNING "Tag", "Version")
            SELECT "Version" AS "Value" FROM bumped, pg_notify({Channel}, "Tag" || ' ' || "Version")
            """
        : $"""
            INSERT INTO "PageVersions" ("Tag", "Version") VALUES ({tag}, 1)
            ON CONFLICT ("Tag") DO UPDATE SET "Version" = "PageVersions"."Version" + 1
            RETURNING "Version" AS "Value"
            """;
}
