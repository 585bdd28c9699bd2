using System.Runtime.Versioning;
using Microsoft.Data.Sqlite;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Security;

/// <summary>
/// The data folder holds the database (password hashes, keys) and the outbox (mails with reset links): on Unix only the
/// portal's user may read them, whatever the umask. A folder the portal cannot make or write stops the start with a
/// message naming the setting and the path.
/// </summary>
public sealed class DataFolderTests
{
    private const UnixFileMode Folder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode PrivateFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    [SkippableFact]
    [UnsupportedOSPlatform("windows")]
    public async Task TheFoldersTheDatabaseAndTheMailsTheStartAndAResetWriteAreThePortalUsersOnly()
    {
        Skip.If(OperatingSystem.IsWindows(), "Unix file modes");
        var parent = Directory.CreateTempSubdirectory("portal-modes-").FullName;
        var dataFolder = Path.Combine(parent, "data");
        try
        {
            using (var portal = new PortalFactory(new SqliteTestDatabase(), new Dictionary<string, string> { ["Portal:DataFolder"] = dataFolder }))
            {
                using var client = portal.NewClient();
                await client.SubmitAsync("/Account/ForgotPassword", new Dictionary<string, string> { ["Email"] = "buyer@fjord.example" });
                await Outbox.DrainAsync(portal);
                var outbox = Path.Combine(dataFolder, "outbox");

                Assert.Equal(Folder, File.GetUnixFileMode(dataFolder));
                Assert.Equal(Folder, File.GetUnixFileMode(outbox));
                var files = Directory.GetFiles(dataFolder).Concat(Directory.GetFiles(outbox)).ToList();
                Assert.Contains(Path.Combine(dataFolder, "portal.db"), files);
                Assert.Contains(Path.Combine(dataFolder, "portal.db-wal"), files);
                Assert.Contains(files, f => f.EndsWith(".eml", StringComparison.Ordinal));
                Assert.All(files, file => Assert.True(File.GetUnixFileMode(file) == PrivateFile, $"{file} is {File.GetUnixFileMode(file)}"));
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(parent, recursive: true);
        }
    }

    [Fact]
    public async Task ADataFolderThatCannotBeMadeStopsTheStartNamingTheSettingAndThePath()
    {
        var (exitCode, output) = await RefusedStart.RunAsync(new Dictionary<string, string>
        {
            ["Portal__PublicUrl"] = "https://portal.northwind.example",
            ["Portal__DataFolder"] = "/proc/nope",
        });

        Assert.Equal(1, exitCode);
        Assert.Contains("The data folder '/proc/nope' (Portal:DataFolder) cannot be created or written", output);
        RefusedStart.AssertNoTrace(output);
    }
}
