using System.Net;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Migrations;

/// <summary>
/// Where migrations are applied before a release rolls out, instances start with Database:MigrateAtStart off: they
/// start on a database that is up to date and refuse, naming what is missing, one that is not.
/// </summary>
public sealed class MigrateAtStartTests
{
    private static Dictionary<string, string> Settings(string dataFolder, bool migrate) => new()
    {
        ["Portal:DataFolder"] = dataFolder,
        ["Database:MigrateAtStart"] = migrate ? "true" : "false",
    };

    [Fact]
    public async Task WithMigrationAtStartOffAnInstanceStartsOnAnUpToDateDatabaseAndRefusesOneThatIsBehind()
    {
        var migrated = Directory.CreateTempSubdirectory("portal-migrated-").FullName;
        try
        {
            using (var first = new PortalFactory(new SqliteTestDatabase(), Settings(migrated, migrate: true)))
            {
                first.CreateClient().Dispose();
            }
            using (var upToDate = new PortalFactory(new SqliteTestDatabase(), Settings(migrated, migrate: false)))
            {
                using var client = upToDate.CreateClient();
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
            }

            var (exitCode, output) = await RefusedStart.RunAsync(new Dictionary<string, string>
            {
                ["Portal__PublicUrl"] = "https://portal.northwind.example",
                ["Database__MigrateAtStart"] = "false",
            });

            Assert.Equal(1, exitCode);
            Assert.Contains("Database:MigrateAtStart is off", output);
            Assert.Contains("_Baseline", output);
            RefusedStart.AssertNoTrace(output);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(migrated, recursive: true);
        }
    }
}
