using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace Portal.IntegrationTests.Support;

/// <summary>
/// The built portal (src/Portal.Web) as a process of its own, in production mode on a free loopback port, on the
/// PostgreSQL database given or on SQLite in a data folder given, which a test may kill outright, as a crash or a power
/// cut would.
/// </summary>
public sealed class PortalProcess : IDisposable
{
    /// <summary>
    /// How long a start may take before the test fails with the log: generous, because a process that seeds the demo
    /// beside a full parallel suite on two cores has been seen to need more than a minute. Start-up speed is the
    /// benchmark's to measure, not this wait's.
    /// </summary>
    private static readonly TimeSpan StartBound = TimeSpan.FromMinutes(3);
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _log = new();
    private readonly string _dataFolder;
    private readonly bool _ownsDataFolder;

    /// <summary>On the PostgreSQL database given, with the settings given besides (as environment variables: <c>Email__Smtp__Host</c>).</summary>
    public PortalProcess(string connectionString, IReadOnlyDictionary<string, string>? settings = null)
        : this(new Dictionary<string, string>(settings ?? new Dictionary<string, string>())
        {
            ["Database__Provider"] = "PostgreSql", ["ConnectionStrings__Portal"] = connectionString,
        }, null)
    {
        WaitUntilHealthy();
    }

    private PortalProcess(IReadOnlyDictionary<string, string> settings, string? dataFolder)
    {
        _ownsDataFolder = dataFolder is null;
        _dataFolder = dataFolder ?? Directory.CreateTempSubdirectory("portal-process-").FullName;
        var port = LoopbackPorts.Free();
        Address = new Uri($"http://127.0.0.1:{port}");
        var web = WebFolder();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = web, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(web, "Portal.Web.dll"));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = Address.ToString();
        start.Environment["Portal__PublicUrl"] = Address.ToString();
        start.Environment["Portal__DataFolder"] = _dataFolder;
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, line) => _log.Enqueue(line.Data ?? string.Empty);
        _process.ErrorDataReceived += (_, line) => _log.Enqueue(line.Data ?? string.Empty);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Starts the portal on SQLite in the data folder given (which it keeps), without waiting for it to serve.</summary>
    public static PortalProcess StartOnSqlite(string dataFolder) =>
        new(new Dictionary<string, string> { ["Database__Provider"] = "Sqlite" }, dataFolder);

    /// <summary>The portal on the database given (SQLite in a data folder of its own) with the settings given besides, serving.</summary>
    public static PortalProcess On(TestDatabase database, IReadOnlyDictionary<string, string> settings)
    {
        var all = new Dictionary<string, string>(settings) { ["Database__Provider"] = database.Provider };
        if (database.ConnectionString is { } connectionString)
        {
            all["ConnectionStrings__Portal"] = connectionString;
        }
        var portal = new PortalProcess(all, null);
        portal.WaitUntilHealthy();
        return portal;
    }

    /// <summary>The portal with the demo data on the database given (SQLite in a data folder of its own), serving.</summary>
    public static PortalProcess WithDemo(TestDatabase database)
    {
        var settings = new Dictionary<string, string>
        {
            ["Database__Provider"] = database.Provider,
            ["Demo__Seed"] = "true",
            ["Demo__Password"] = PortalFactory.DemoPassword,
        };
        if (database.ConnectionString is { } connectionString)
        {
            settings["ConnectionStrings__Portal"] = connectionString;
        }
        var portal = new PortalProcess(settings, null);
        portal.WaitUntilHealthy();
        return portal;
    }

    /// <summary>The process's id, to read its memory from /proc.</summary>
    public int Id => _process.Id;

    public Uri Address { get; }

    /// <summary>What the process printed, for a failure's message.</summary>
    public string Log => string.Join('\n', _log.TakeLast(40));

    /// <summary>Everything the process printed so far.</summary>
    public string WholeLog => string.Join('\n', _log);

    public PortalClient NewClient() => PortalClient.Over(Address);

    /// <summary>Ends the process at once (SIGKILL): nothing of it runs another instruction.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }
        _process.Dispose();
        if (_ownsDataFolder)
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
    }

    /// <summary>Waits until /healthz answers 200, at most <see cref="StartBound"/>; fails with the log when the process exits or the bound passes.</summary>
    public void WaitUntilHealthy()
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartBound)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The portal process exited with {_process.ExitCode}:\n{Log}");
            }
            try
            {
                if (http.GetAsync("/healthz").GetAwaiter().GetResult().StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            Thread.Sleep(200);
        }
        throw new TimeoutException($"The portal process was not healthy within {StartBound.TotalMinutes:N0} minutes:\n{Log}");
    }

    /// <summary>The portal as the solution's build left it, beside this test project's build (same configuration).</summary>
    internal static string WebFolder()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var (framework, configuration) = (output.Name, output.Parent!.Name);
        var root = output;
        while (!File.Exists(Path.Combine(root.FullName, "Portal.sln")))
        {
            root = root.Parent ?? throw new InvalidOperationException("Portal.sln not found above the test's output.");
        }
        var web = Path.Combine(root.FullName, "src", "Portal.Web", "bin", configuration, framework);
        return File.Exists(Path.Combine(web, "Portal.Web.dll"))
            ? web
            : throw new InvalidOperationException($"Build the solution first: {web} has no Portal.Web.dll.");
    }
}
