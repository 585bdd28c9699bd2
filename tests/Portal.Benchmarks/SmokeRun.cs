namespace Portal.Benchmarks;

/// <summary>
/// The 'smoke' run CI makes after the tests, for failures only, never for speed: every suite CI can run without more
/// than the machine has, briefly, against one published portal. Every scenario of the 'web' and 'api' benchmarks, a
/// second each with a few connections and no warm-up (with 1,100 extra quote requests, enough for the deep pages,
/// instead of 100,000); the 'pdf' benchmark's quotes drawn once by our renderer and by Chromium; the 'startup'
/// benchmark's first start and one restart. A scenario with any failed request is a FAIL and the run exits with 1, as
/// does a PDF that cannot be drawn or a portal that does not start; its figures mean nothing on a busy machine.
/// </summary>
internal static class SmokeRun
{
    private const int BulkQuotes = 1_100;

    public static async Task<int> RunAsync(BenchmarkArguments arguments, CancellationToken cancellationToken)
    {
        using var publishFolder = TempFolder.Create("publish");
        await PortalPublisher.PublishAsync(RepositoryRoot.Find(), publishFolder.Path, cancellationToken);
        var passed = await RunOnOnePortalAsync(publishFolder.Path, arguments, cancellationToken);

        var startup = await StartupBenchmark.MeasureAsync(publishFolder.Path, restarts: 1, cancellationToken);
        StartupBenchmark.Report(startup, withTargets: false);
        return passed ? 0 : 1;
    }

    private static async Task<bool> RunOnOnePortalAsync(string publishFolder, BenchmarkArguments arguments, CancellationToken cancellationToken)
    {
        using var dataFolder = TempFolder.Create("data");
        await using var portal = await PortalProcess.StartAsync(publishFolder, dataFolder.Path, BulkQuotes, cancellationToken);
        var web = await WebBenchmark.ScenariosAsync(portal.BaseAddress, BulkQuotes, cancellationToken);
        var api = await ApiBenchmark.ScenariosAsync(publishFolder, dataFolder.Path, cancellationToken);
        // Targets are for a quiet machine and the full runs: the smoke run only reports failures.
        var scenarios = web.Concat(api.Skip(1)).Select(s => s with { MinimumRatio = null }).ToList();

        var results = await LoadSuite.MeasureAsync(portal.BaseAddress, scenarios, arguments.Connections, TimeSpan.Zero,
            TimeSpan.FromSeconds(arguments.Seconds), cancellationToken);
        var answered = LoadSuite.Report(BenchmarkArguments.Smoke, scenarios, results);
        return await PdfBenchmark.RunOnAsync(portal, publishFolder, dataFolder.Path, measure: false, cancellationToken) && answered;
    }
}
