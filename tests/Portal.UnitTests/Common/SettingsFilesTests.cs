using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Portal.Web.Common;

namespace Portal.UnitTests.Common;

/// <summary>The settings files are read again when they change, noticed by polling them instead of watching their folder.</summary>
public sealed class SettingsFilesTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("portal-settings-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void TheHostIsToldToAddItsSettingsFilesWithoutItsWatcher()
    {
        var args = SettingsFiles.WithoutWatcher(["--urls", "http://127.0.0.1:5099"]);

        Assert.Equal(["--urls", "http://127.0.0.1:5099", "--hostBuilder:reloadConfigOnChange=false"], args);
    }

    [Fact]
    public async Task AChangedSettingsFileIsReadAgainWithinSeconds()
    {
        var file = Path.Combine(_folder, "appsettings.json");
        await File.WriteAllTextAsync(file, """{ "Logging": { "LogLevel": { "Default": "Warning" } } }""");
        var configuration = new ConfigurationManager();
        configuration.SetFileProvider(new PhysicalFileProvider(_folder));
        configuration.AddJsonFile("appsettings.json", optional: false, reloadOnChange: false);

        SettingsFiles.PollForChanges(configuration);
        await File.WriteAllTextAsync(file, """{ "Logging": { "LogLevel": { "Default": "Debug" } } }""");
        File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddSeconds(1));

        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (configuration["Logging:LogLevel:Default"] != "Debug" && waited.Elapsed < TimeSpan.FromSeconds(15))
        {
            await Task.Delay(100);
        }
        Assert.Equal("Debug", configuration["Logging:LogLevel:Default"]);
    }

    [Fact]
    public void TheSettingsFilesAreWatchedByPollingNotByAWatcherOfTheirFolder()
    {
        var configuration = new ConfigurationManager();
        configuration.SetFileProvider(new PhysicalFileProvider(_folder));
        configuration.AddJsonFile("appsettings.json", optional: true, reloadOnChange: false);

        SettingsFiles.PollForChanges(configuration);

        // (Once the files are watched, the provider says UsePollingFileWatcher is false; the running portal's test shows it holds no watcher.)
        var source = Assert.Single(configuration.Sources.OfType<Microsoft.Extensions.Configuration.Json.JsonConfigurationSource>());
        Assert.True(source.ReloadOnChange);
        Assert.True(Assert.IsType<PhysicalFileProvider>(source.FileProvider).UseActivePolling);
    }
}
