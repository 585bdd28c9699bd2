using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Migrations;

/// <summary>
/// A restart on a database that has every migration of its version leaves EF Core's migrator alone: with nothing to
/// apply it would still take its lock and compare the migrations' snapshot with the model, a good part of a restart.
/// </summary>
public abstract class RestartTests
{
    private const string MigrationsLog = "Microsoft.EntityFrameworkCore.Migrations";

    protected abstract TestDatabase NewDatabase();

    [SkippableFact]
    public void ARestartOnAnUpToDateDatabaseLeavesTheMigratorAlone()
    {
        using var database = NewDatabase();
        var folder = Directory.CreateTempSubdirectory("portal-restart-").FullName;
        try
        {
            var firstStart = StartAndStop(database, folder);
            var restart = StartAndStop(database, folder);

            Assert.Contains(firstStart, e => e.Category == MigrationsLog);
            Assert.DoesNotContain(restart, e => e.Category == MigrationsLog);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Starts the portal on the database and data folder, and stops it: what its migrator logged.</summary>
    private static IReadOnlyList<LogEntry> StartAndStop(TestDatabase database, string folder)
    {
        var logs = new LogCapture();
        var settings = new Dictionary<string, string>
        {
            ["Portal:DataFolder"] = folder,
            [$"Logging:LogLevel:{MigrationsLog}"] = "Information",
        };
        using (var portal = new PortalFactory(new Kept(database), settings, services => services.AddSingleton<ILoggerProvider>(logs)))
        {
            portal.CreateClient().Dispose();
        }
        return logs.Entries;
    }

    /// <summary>The database for one start: a portal that stops leaves it for the next.</summary>
    private sealed class Kept(TestDatabase database) : TestDatabase
    {
        public override string Provider => database.Provider;

        public override string? ConnectionString => database.ConnectionString;

        public override void Dispose()
        {
        }
    }
}

public sealed class RestartOnSqlite : RestartTests
{
    protected override TestDatabase NewDatabase() => new SqliteTestDatabase();
}

public sealed class RestartOnPostgreSql : RestartTests
{
    protected override TestDatabase NewDatabase()
    {
        TestEnvironment.Require(TestEnvironment.PostgresServer is not null, "PostgreSQL (PORTAL_TEST_POSTGRES)");
        return new PostgresTestDatabase(TestEnvironment.PostgresServer!);
    }
}
