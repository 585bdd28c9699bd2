using System.Globalization;

namespace Portal.Benchmarks;

/// <summary>
/// The 'startup' benchmark: the published portal started on a fresh data folder (it migrates and seeds the demo) and
/// again on the same folder, each timed from starting its process to its first 200 Healthy on /healthz, with its
/// resident memory once it has rested; beside them, in the same run, a published hello world's start to exit.
/// </summary>
internal static class StartupBenchmark
{
    private static readonly TimeSpan FirstStartTarget = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan RestartTarget = TimeSpan.FromSeconds(1.5);

    /// <summary>How long a started portal is left alone before its memory is read: its start-up work is over by then.</summary>
    private static readonly TimeSpan Rest = TimeSpan.FromSeconds(3);

    private const int HelloWorldRuns = 5;
    private const int Restarts = 3;

    /// <summary>Publishes the portal, unless told a folder it was published to, and measures; a missed target does not change the exit code.</summary>
    public static async Task<int> RunAsync(BenchmarkArguments arguments, CancellationToken cancellationToken)
    {
        using var publishFolder = TempFolder.Create("publish");
        if (arguments.PublishedFolder is null)
        {
            await PortalPublisher.PublishAsync(RepositoryRoot.Find(), publishFolder.Path, cancellationToken);
        }
        var result = await MeasureAsync(arguments.PublishedFolder ?? publishFolder.Path, Restarts, cancellationToken);
        Report(result, withTargets: true);
        return 0;
    }

    /// <summary>The hello world's median start, the portal's first start on a fresh data folder, then its restarts on it.</summary>
    public static async Task<StartupResult> MeasureAsync(string publishFolder, int restarts, CancellationToken cancellationToken)
    {
        using var helloWorld = await HelloWorld.PublishAsync(cancellationToken);
        var helloWorldRuns = new List<TimeSpan>();
        for (var i = 0; i < HelloWorldRuns; i++)
        {
            helloWorldRuns.Add(await helloWorld.RunAsync(cancellationToken));
        }

        using var dataFolder = TempFolder.Create("data");
        var first = await StartAsync(publishFolder, dataFolder.Path, cancellationToken);
        var again = new List<PortalStart>();
        for (var i = 0; i < restarts; i++)
        {
            again.Add(await StartAsync(publishFolder, dataFolder.Path, cancellationToken));
        }
        return new StartupResult(Median(helloWorldRuns), first, again);
    }

    /// <summary>
    /// Prints each start with its memory and its ratio to the hello world, then the targets' PASS or FAIL lines when asked
    /// (the smoke run only checks that the portal starts), and the run's summary line.
    /// </summary>
    public static void Report(StartupResult result, bool withTargets)
    {
        Console.WriteLine();
        Console.WriteLine($"{"start",-40} {"seconds",8} {"x hello",8} {"CPU s",7} {"resting MB",11}");
        Console.WriteLine(Invariant($"{"hello world (median of " + HelloWorldRuns + ")",-40} {result.HelloWorld.TotalSeconds,8:F3}"));
        PrintStart("first start (migrates, seeds the demo)", result.First, result.HelloWorld);
        foreach (var (start, number) in result.Restarts.Select((s, i) => (s, i + 1)))
        {
            PrintStart($"restart {number}", start, result.HelloWorld);
        }
        Console.WriteLine();

        var restart = Median(result.Restarts.Select(s => s.Elapsed).ToList());
        var restartProcessorTime = Median(result.Restarts.Select(s => s.ProcessorTime).ToList());
        var firstVerdict = withTargets ? " " + Verdict("first start", result.First.Elapsed, FirstStartTarget) : "";
        var restartVerdict = withTargets ? " " + Verdict("restart (median)", restart, RestartTarget) : "";
        RunSummary.Print(withTargets ? BenchmarkArguments.Startup : BenchmarkArguments.Startup + " (smoke: no targets)",
        [
            Invariant($"hello world {result.HelloWorld.TotalSeconds:F3} s"),
            Invariant($"first start {result.First.Elapsed.TotalSeconds:F2} s{firstVerdict}, CPU {result.First.ProcessorTime.TotalSeconds:F2} s, resting {Megabytes(result.First):F0} MB"),
            Invariant($"restart (median of {result.Restarts.Count}) {restart.TotalSeconds:F2} s{restartVerdict}, CPU {restartProcessorTime.TotalSeconds:F2} s, resting {Megabytes(result.Restarts[^1]):F0} MB"),
        ]);
    }

    private static async Task<PortalStart> StartAsync(string publishFolder, string dataFolder, CancellationToken cancellationToken)
    {
        await using var portal = await PortalProcess.StartAsync(publishFolder, dataFolder, bulkQuotes: 0, cancellationToken);
        var process = new ProcessMemory(portal.ProcessId);
        var processorTime = process.ProcessorTime;
        await Task.Delay(Rest, cancellationToken);
        return new PortalStart(portal.StartedIn, processorTime, process.ResidentBytes);
    }

    private static void PrintStart(string label, PortalStart start, TimeSpan helloWorld) =>
        Console.WriteLine(Invariant(
            $"{label,-40} {start.Elapsed.TotalSeconds,8:F3} {start.Elapsed / helloWorld,8:F1} {start.ProcessorTime.TotalSeconds,7:F2} {Megabytes(start),11:F0}"));

    /// <summary>Prints the target's line and answers its verdict for the summary.</summary>
    private static string Verdict(string label, TimeSpan elapsed, TimeSpan target)
    {
        var verdict = elapsed <= target ? "PASS" : "FAIL";
        Console.WriteLine(Invariant($"{label} {elapsed.TotalSeconds:F2} s (target <= {target.TotalSeconds:F1} s): {verdict}"));
        return Invariant($"(<= {target.TotalSeconds:F1} s: {verdict})");
    }

    private static TimeSpan Median(IReadOnlyList<TimeSpan> times) => times.Order().ElementAt(times.Count / 2);

    private static double Megabytes(PortalStart start) => start.RestingResidentBytes / 1024.0 / 1024.0;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// One start of the portal: to its first answer, the processor time it had used by then (all its threads: on a busy
/// machine the steadier figure), and its resident memory (VmRSS) once it has rested.
/// </summary>
internal sealed record PortalStart(TimeSpan Elapsed, TimeSpan ProcessorTime, long RestingResidentBytes);

internal sealed record StartupResult(TimeSpan HelloWorld, PortalStart First, IReadOnlyList<PortalStart> Restarts);
