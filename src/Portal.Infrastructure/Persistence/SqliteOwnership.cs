using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Infrastructure.Files;

namespace Portal.Infrastructure.Persistence;

/// <summary>
/// One portal process owns a SQLite database: at start it takes an exclusive lock on a file beside it
/// (<c>portal.db.lock</c>), held until the process ends, which the operating system releases however it ends. Holding
/// it, the process knows that no other one is migrating the database, so a row in EF Core's
/// <c>__EFMigrationsLock</c> was left by a process that stopped while it migrated (EF Core would wait for it for ever):
/// it is cleared, with a warning. A second process on the same database is refused at once, saying what to do.
/// </summary>
public sealed class SqliteOwnership(ILogger<SqliteOwnership> logger) : IDisposable
{
    private const string MigrationsLockTable = "__EFMigrationsLock";
    private FileStream? _lock;

    public async Task TakeAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var database = Path.GetFullPath(new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource);
        var lockFile = database + ".lock";
        try
        {
            _lock ??= PrivateFiles.OpenWrite(lockFile, FileMode.OpenOrCreate);
        }
        catch (IOException)
        {
            throw new StartRefused(
                $"Another portal process is using the SQLite database '{database}' (it holds '{lockFile}'). A SQLite database serves "
                + $"one portal process: stop the other one, or give this one a data folder of its own ({DataFolder.Setting}).");
        }
        await ClearStaleMigrationLockAsync(db, database, cancellationToken);
    }

    public void Dispose() => _lock?.Dispose();

    private async Task ClearStaleMigrationLockAsync(PortalDbContext db, string database, CancellationToken cancellationToken)
    {
        var tables = await db.Database.SqlQueryRaw<int>(
            $"SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = '{MigrationsLockTable}'").SingleAsync(cancellationToken);
        if (tables == 0)
        {
            return;
        }
        var taken = await db.Database.SqlQueryRaw<string>($"SELECT \"Timestamp\" AS \"Value\" FROM \"{MigrationsLockTable}\"").ToListAsync(cancellationToken);
        if (taken.Count == 0)
        {
            return;
        }
        await db.Database.ExecuteSqlRawAsync($"DELETE FROM \"{MigrationsLockTable}\"", cancellationToken);
        logger.LogWarning(
            "Cleared the stale migration lock in {Database} (taken at {Taken}): a portal process stopped while it migrated the database. "
            + "The migrations it had not finished are applied now.", database, taken[0]);
    }
}
