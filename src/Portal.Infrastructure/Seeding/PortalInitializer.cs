using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Portal.Application.Common;
using Portal.Infrastructure.Caching;
using Portal.Infrastructure.Catalog;
using Portal.Infrastructure.Compliance;
using Portal.Infrastructure.Files;
using Portal.Infrastructure.Identity;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Seeding;

/// <summary>Brings the database up to date at start: migrations, roles, the catalog, rules and screening list files and, when asked, the demo.</summary>
public sealed class PortalInitializer(
    PortalDbContext db,
    DataFolder dataFolder,
    SqliteOwnership sqliteOwnership,
    KnownPageVersions pageVersions,
    RoleManager<IdentityRole> roles,
    CatalogImporter catalog,
    CatalogFile catalogFile,
    DestinationRuleImporter destinationRules,
    ScreeningListImporter screeningList,
    KeyProtection keyProtection,
    DemoSeeder demo,
    DemoQuotes bulkQuotes,
    TimeProvider clock,
    IOptions<DemoOptions> demoOptions,
    IOptions<SchemaOptions> schemaOptions,
    ILogger<PortalInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        dataFolder.Prepare(db.Database.IsSqlite() ? new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource : null);
        if (db.Database.IsSqlite())
        {
            await sqliteOwnership.TakeAsync(db, cancellationToken);
        }
        keyProtection.Report(logger);
        await BringSchemaUpToDateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // Readers do not wait for the writer, and writers queue instead of failing at once.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            // This process owns the database, so every change to it is one of its own saves, which it hears as they
            // commit: the cached pages take their versions from memory instead of a query each (decision 004).
            pageVersions.HearFrom(await db.PageVersions.AsNoTracking().ToListAsync(cancellationToken));
        }
        foreach (var role in PortalRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
        await catalog.ImportAsync(catalogFile, cancellationToken);
        await destinationRules.ImportAsync(cancellationToken);
        await screeningList.ImportAsync(cancellationToken);

        var options = demoOptions.Value;
        if (!options.Seed)
        {
            return;
        }
        if (string.IsNullOrWhiteSpace(options.Password))
        {
            throw new InvalidOperationException("Demo:Seed is on, so Demo:Password must be set.");
        }
        await demo.SeedAsync(options.Password, cancellationToken);
        if (options.BulkQuotes > 0)
        {
            await bulkQuotes.SeedBulkAsync(options.BulkQuotes, clock.GetUtcNow().UtcDateTime, cancellationToken);
        }
        logger.LogInformation("Demo sign-ins, each with the password from Demo:Password ({Password}):{NewLine}{Accounts}",
            options.Password, Environment.NewLine,
            string.Join(Environment.NewLine, DemoAccounts.Everyone.Select(p => $"  {p.Role,-8} {p.Email}  ({p.FullName})")));
    }

    private async Task BringSchemaUpToDateAsync(CancellationToken cancellationToken)
    {
        // The database and the history table are made first, if missing: the migrations' own probes for them log a failed
        // connection or statement on a first start (on PostgreSQL), which would read as trouble where there is none.
        var database = db.GetService<IRelationalDatabaseCreator>();
        var history = db.GetService<IHistoryRepository>();
        if (schemaOptions.Value.MigrateAtStart)
        {
            if (!await database.ExistsAsync(cancellationToken))
            {
                await database.CreateAsync(cancellationToken);
            }
            await history.CreateIfNotExistsAsync(cancellationToken);
            // A restart on an up-to-date database leaves the migrator alone: with nothing to apply it would still take
            // its lock and build the model of the migrations' snapshot to compare with this version's, which
            // MigrationTests checks before a release instead.
            if ((await PendingMigrationsAsync(cancellationToken)).Count > 0)
            {
                await db.Database.MigrateAsync(cancellationToken);
            }
            return;
        }
        var exists = await database.ExistsAsync(cancellationToken) && await history.ExistsAsync(cancellationToken);
        var pending = exists ? await PendingMigrationsAsync(cancellationToken) : db.Database.GetMigrations().ToList();
        if (pending.Count > 0)
        {
            throw new StartRefused(
                $"The database lacks {pending.Count} migration(s) of this version ({string.Join(", ", pending)}) and Database:MigrateAtStart is off: apply them first (see .docs/operations.md, Migrating PostgreSQL).");
        }
    }

    /// <summary>
    /// The migrations of this version the database has not applied. A database that has applied migrations but not this
    /// version's first (the Baseline the sets were squashed into) was made before the squash (migrating it would create
    /// again what it has): it is refused. Newer migrations than this version knows are fine (an older instance during a
    /// rolling upgrade).
    /// </summary>
    private async Task<List<string>> PendingMigrationsAsync(CancellationToken cancellationToken)
    {
        var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
        var migrations = db.Database.GetMigrations().ToList();
        var first = migrations[0];
        if (applied.Count > 0 && !applied.Contains(first))
        {
            throw new StartRefused(
                $"The database was made before this version's first migration ({first}): it has {applied.Count} older migration(s) ({applied[0]}, …) that cannot be brought up to date. " +
                "No installation predates it, so delete the database (for SQLite, the data folder's portal.db) and start again (see .docs/operations.md).");
        }
        return migrations.Except(applied).ToList();
    }
}
