using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace Portal.Web.Common;

/// <summary>
/// The settings files (appsettings*.json) are read again when they change, so log levels and the API's rate limits can
/// be changed without a restart, but the change is noticed by polling each file (one look at its time stamp every four
/// seconds) instead of the host's file watcher, which watches the whole content root and every folder under it
/// (decision 017 says what each costs and what was measured).
/// </summary>
public static class SettingsFiles
{
    /// <summary>The start's arguments, with the host told to add its settings files without its watcher.</summary>
    public static string[] WithoutWatcher(string[] args) => [.. args, "--hostBuilder:reloadConfigOnChange=false"];

    /// <summary>Has every JSON settings file read from a folder reloaded on change, noticed by polling.</summary>
    public static void PollForChanges(IConfigurationBuilder configuration)
    {
        for (var i = 0; i < configuration.Sources.Count; i++)
        {
            if (configuration.Sources[i] is JsonConfigurationSource { FileProvider: PhysicalFileProvider folder, Path: { } path } file)
            {
                configuration.Sources[i] = new JsonConfigurationSource
                {
                    Path = path,
                    Optional = file.Optional,
                    ReloadOnChange = true,
                    ReloadDelay = file.ReloadDelay,
                    FileProvider = new PhysicalFileProvider(folder.Root) { UsePollingFileWatcher = true, UseActivePolling = true },
                };
            }
        }
    }
}
