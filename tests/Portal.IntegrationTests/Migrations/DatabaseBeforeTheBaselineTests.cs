using Microsoft.Data.Sqlite;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Migrations;

/// <summary>
/// The migration sets were squashed into one Baseline before the first release: a database made before that (the demo's
/// data folder of an older checkout) is refused at start with what to do, instead of failing on tables it already has.
/// </summary>
public sealed class DatabaseBeforeTheBaselineTests
{
    [Fact]
    public async Task ADatabaseWithTheOldMigrationsIsRefusedSayingToDeleteIt()
    {
        var folder = Directory.CreateTempSubdirectory("portal-before-baseline-").FullName;
        try
        {
            using (var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "portal.db")};Pooling=False"))
            {
                connection.Open();
                using var command = connection.CreateCommand();
                command.CommandText = """
                    CREATE TABLE "__EFMigrationsHistory" ("MigrationId" TEXT NOT NULL PRIMARY KEY, "ProductVersion" TEXT NOT NULL);
                    INSERT INTO "__EFMigrationsHistory" VALUES ('20261126094017_Initial', '10.0.15'), ('20261126104439_AddQuotes', '10.0.15');
                    CREATE TABLE "AspNetRoles" ("Id" TEXT NOT NULL PRIMARY KEY, "Name" TEXT NULL);
                    """;
                command.ExecuteNonQuery();
            }

            var (exitCode, output) = await RefusedStart.RunAsync(new Dictionary<string, string>
            {
                ["Portal__PublicUrl"] = "https://portal.northwind.example",
                ["Portal__DataFolder"] = folder,
            });

            Assert.Equal(1, exitCode);
            Assert.Contains("The database was made before this version's first migration", output);
            Assert.Contains("_Baseline", output);
            Assert.Contains("20261126094017_Initial", output);
            Assert.Contains("delete the database", output);
            RefusedStart.AssertNoTrace(output);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
