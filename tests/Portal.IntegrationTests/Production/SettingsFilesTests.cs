using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Production;

/// <summary>
/// The portal as a process of its own reads its settings files again when they change by polling them, not with a file
/// system watcher of its content root (decision 017). (Under WebApplicationFactory the test host adds the files again
/// itself, so only a real process shows what a start does.)
/// </summary>
public sealed class SettingsFilesTests
{
    [SkippableFact]
    public void TheStartedPortalHoldsNoFileSystemWatcher()
    {
        TestEnvironment.Require(OperatingSystem.IsLinux(), "Linux (/proc shows a process's inotify instances)");
        using var database = new SqliteTestDatabase();

        using var portal = PortalProcess.On(database, new Dictionary<string, string> { ["Demo__Seed"] = "false" });

        var watchers = Directory.GetFiles($"/proc/{portal.Id}/fd")
            .Count(fd => new FileInfo(fd).LinkTarget is { } target && target.Contains("inotify", StringComparison.Ordinal));
        Assert.Equal(0, watchers);
    }
}
