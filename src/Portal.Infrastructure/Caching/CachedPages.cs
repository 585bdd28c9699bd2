using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Portal.Application.Common;
using Portal.Domain.Common;

namespace Portal.Infrastructure.Caching;

/// <summary>
/// The tags of the kept pages a save changes, as each changed row's type declares them (see <see cref="ShownOnAttribute"/>
/// and <see cref="PageTags"/>), and their versions in the database.
/// </summary>
public static class CachedPages
{
    public static IEnumerable<string> ChangedBy(ChangeTracker tracker) =>
        tracker.Entries().Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .SelectMany(e => PageTags.Showing(e.Entity));

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
