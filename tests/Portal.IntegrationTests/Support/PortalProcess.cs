using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace Portal.IntegrationTests.Support;

/// <summary>
/// The built portal (src/Portal.Web) as a process of its own, in production mode on a free loopback port and the
/// PostgreSQL database given, which a test may kill outright, as a crash or a power cut would.
/// </summary>
public sealed class PortalProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _log = new();
    private readonly string _dataFolder = Directory.CreateTempSubdirectory("portal-process-").FullName;

    public PortalProcess(string connectionString)
    {
        var port = LoopbackPorts.Free();
        Address = new Uri($"http://127.0.0.1:{port}");
        var web = WebFolder();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = web, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(web, "Portal.Web.dll"));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = Address.ToString();
        start.Environment["Portal__PublicUrl"] = Address.ToString();
        start.Environment["Database__Provider"] = "PostgreSql";
        start.Environment["ConnectionStrings__Portal"] = connectionString;
        start.Environment["Portal__DataFolder"] = _dataFolder;
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, line) => _log.Enqueue(line.Data ?? string.Empty);
        _process.ErrorDataReceived += (_, line) => _log.Enqueue(line.Data ?? string.Empty);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        WaitUntilHealthy();
    }

    public Uri Address { get; }

    /// <summary>What the process printed, for a failure's message.</summary>
    public string Log => string.Join('\n', _log.TakeLast(40));

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
        Directory.Delete(_dataFolder, recursive: true);
    }

    private void WaitUntilHealthy()
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
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
        throw new TimeoutException($"The portal process was not healthy within a minute:\n{Log}");
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
