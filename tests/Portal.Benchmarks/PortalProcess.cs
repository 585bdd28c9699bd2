using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Portal.Benchmarks;

/// <summary>The published portal running as a child process on a free loopback port, with a fresh demo database and its rate limits lifted.</summary>
internal sealed class PortalProcess : IAsyncDisposable
{
    /// <summary>Seeding the 100,000 quote requests of the My quotes scenario takes most of this on a small machine.</summary>
    private static readonly TimeSpan StartupLimit = TimeSpan.FromSeconds(300);
    /// <summary>Short, so the start-up benchmark's time to the first answer is off by at most this much.</summary>
    private static readonly TimeSpan ProbeInterval = TimeSpan.FromMilliseconds(20);

    private readonly Process _process;
    private readonly OutputTail _output;

    private PortalProcess(Process process, OutputTail output, Uri baseAddress)
    {
        _process = process;
        _output = output;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>From starting the process to its first 200 Healthy on /healthz: migrating, seeding and starting to listen.</summary>
    public TimeSpan StartedIn { get; private set; }

    /// <summary>The portal's own process (the dotnet host runs it in-process), whose memory /proc shows.</summary>
    public int ProcessId => _process.Id;

    /// <param name="bulkQuotes">How many one-line quote requests the demo buyer gets on top of the demo data.</param>
    /// <param name="settings">More environment settings for the portal, such as job intervals.</param>
    public static async Task<PortalProcess> StartAsync(string publishFolder, string dataFolder, int bulkQuotes, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        var baseAddress = new Uri($"http://127.0.0.1:{FreeLoopbackPort()}");
        var command = DotNetCommand.Create(publishFolder,
            Path.Combine(publishFolder, "Portal.Web.dll"), "--urls", baseAddress.ToString().TrimEnd('/'));
        command.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        command.Environment["Portal__PublicUrl"] = baseAddress.ToString();
        command.Environment["Portal__DataFolder"] = dataFolder;
        command.Environment["Demo__Seed"] = "true";
        command.Environment["Demo__Password"] = DemoBuyer.Password;
        command.Environment["Demo__BulkQuotes"] = bulkQuotes.ToString(System.Globalization.CultureInfo.InvariantCulture);
        command.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (name, value) in LiftedRateLimits.Settings.Concat(settings ?? new Dictionary<string, string>()))
        {
            command.Environment[name] = value;
        }

        Console.WriteLine($"Starting the portal at {baseAddress}, with {bulkQuotes:N0} extra quote requests for the demo buyer ...");
        var output = new OutputTail(capacity: 40);
        var started = Stopwatch.GetTimestamp();
        var process = Process.Start(command) ?? throw new BenchmarkFailedException("Could not start the portal.");
        output.Follow(process);
        var portal = new PortalProcess(process, output, baseAddress);
        try
        {
            await portal.WaitUntilHealthyAsync(started, cancellationToken);
            portal.StartedIn = Stopwatch.GetElapsedTime(started);
            return portal;
        }
        catch
        {
            await portal.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitUntilHealthyAsync(long started, CancellationToken cancellationToken)
    {
        using var probe = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        while (Stopwatch.GetElapsedTime(started) < StartupLimit)
        {
            if (_process.HasExited)
            {
                throw new BenchmarkFailedException(
                    $"The portal exited with {_process.ExitCode} before it was healthy:{Environment.NewLine}{_output}");
            }
            if (await IsHealthyAsync(probe, cancellationToken))
            {
                return;
            }
            await Task.Delay(ProbeInterval, cancellationToken);
        }
        throw new BenchmarkFailedException(
            $"The portal did not answer /healthz with 200 Healthy within {StartupLimit.TotalSeconds} s:{Environment.NewLine}{_output}");
    }

    private static async Task<bool> IsHealthyAsync(HttpClient probe, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await probe.GetAsync("/healthz", cancellationToken);
            return response.StatusCode == HttpStatusCode.OK
                && await response.Content.ReadAsStringAsync(cancellationToken) == "Healthy";
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
