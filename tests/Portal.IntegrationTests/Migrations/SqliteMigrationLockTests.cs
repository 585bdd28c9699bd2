using Microsoft.Data.Sqlite;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Migrations;

/// <summary>
/// The portal on SQLite as a process of its own: one killed while it migrates leaves EF Core's migration lock row
/// behind, which the next start clears (it owns the database) instead of waiting for it for ever; a fresh start
/// migrates every step inside a transaction; a second portal on the same database is refused at once.
/// </summary>
public sealed class SqliteMigrationLockTests
{
    private const string LockTable = "__EFMigrationsLock";

    [Fact]
    public void AStartKilledWhileItMigratesLeavesALockThatTheNextStartClearsWithAWarning()
    {
        var folder = Directory.CreateTempSubdirectory("portal-killed-migration-").FullName;
        var database = Path.Combine(folder, "portal.db");
        try
        {
            using (var first = PortalProcess.StartOnSqlite(folder))
            {
                WaitForTheMigrationLock(database, first);
                first.Kill();
            }
            // The row a migration killed in its course leaves; there already unless the kill came after the last step.
            Execute(database, $"INSERT OR IGNORE INTO \"{LockTable}\" (\"Id\", \"Timestamp\") VALUES (1, '2026-12-07 09:00:00+00:00')");

            using var second = PortalProcess.StartOnSqlite(folder);
            second.WaitUntilHealthy();

            Assert.Contains("Cleared the stale migration lock", second.WholeLog);
            Assert.Equal(0L, Scalar(database, $"SELECT COUNT(*) FROM \"{LockTable}\""));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void AFreshStartMigratesEveryStepInsideATransactionAndKeepsTheClaimsForeignKey()
    {
        var folder = Directory.CreateTempSubdirectory("portal-fresh-migration-").FullName;
        try
        {
            using var portal = PortalProcess.StartOnSqlite(folder);
            portal.WaitUntilHealthy();

            Assert.DoesNotContain("cannot be executed in a transaction", portal.WholeLog);
            Assert.DoesNotContain("foreign_keys", portal.WholeLog);
            Assert.Equal(1L, Scalar(Path.Combine(folder, "portal.db"),
                "SELECT COUNT(*) FROM pragma_foreign_key_list('Quotes') WHERE \"from\" = 'ClaimedById' AND \"table\" = 'AspNetUsers' AND \"to\" = 'Id' AND on_delete = 'RESTRICT'"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task ASecondPortalOnTheSameSqliteDatabaseIsRefusedAtOnceSayingWhatToDo()
    {
        var folder = Directory.CreateTempSubdirectory("portal-shared-").FullName;
        try
        {
            using var first = new PortalFactory(new SqliteTestDatabase(), new Dictionary<string, string> { ["Portal:DataFolder"] = folder });
            first.CreateClient().Dispose();

            var (exitCode, output) = await RefusedStart.RunAsync(new Dictionary<string, string>
            {
                ["Portal__PublicUrl"] = "https://portal.northwind.example",
                ["Portal__DataFolder"] = folder,
            });

            Assert.Equal(1, exitCode);
            Assert.Contains($"Another portal process is using the SQLite database '{Path.Combine(folder, "portal.db")}'", output);
            Assert.Contains("Portal:DataFolder", output);
            RefusedStart.AssertNoTrace(output);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Waits until the starting portal holds EF Core's migration lock (a row in its table), or has finished starting.</summary>
    private static void WaitForTheMigrationLock(string database, PortalProcess portal)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if (File.Exists(database) && Scalar(database, $"SELECT COUNT(*) FROM \"{LockTable}\"") > 0)
                {
                    return;
                }
            }
            catch (SqliteException)
            {
                // No lock table yet, or the database busy with a migration step.
            }
            Thread.Sleep(10);
        }
        throw new TimeoutException($"The portal never took the migration lock:\n{portal.Log}");
    }

    private static long Scalar(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False;Default Timeout=1");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private static void Execute(string database, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={database};Pooling=False;Default Timeout=5");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
