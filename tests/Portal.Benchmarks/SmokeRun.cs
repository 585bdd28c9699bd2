namespace Portal.Benchmarks;

/// <summary>
/// The 'smoke' run CI makes after the tests: every scenario of the 'web' and 'api' benchmarks, a second each with a few
/// connections and no warm-up, against one published portal (with 1,100 extra quote requests, enough for the deep pages,
/// instead of 100,000): for failed requests only, never for speed, so a scenario that breaks is caught the day it breaks.
/// A scenario with any failed request is a FAIL and the run exits with 1; its ratios mean nothing on a busy machine.
/// </summary>
internal static class SmokeRun
{
    private const int BulkQuotes = 1_100;

    public static async Task<int> RunAsync(BenchmarkArguments arguments, CancellationToken cancellationToken)
    {
        using var publishFolder = TempFolder.Create("publish");
        await PortalPublisher.PublishAsync(RepositoryRoot.Find(), publishFolder.Path, cancellationToken);
        using var dataFolder = TempFolder.Create("data");
        await using var portal = await PortalProcess.StartAsync(publishFolder.Path, dataFolder.Path, BulkQuotes, cancellationToken);
        var web = await WebBenchmark.ScenariosAsync(portal.BaseAddress, cancellationToken);
        var api = await ApiBenchmark.ScenariosAsync(publishFolder.Path, dataFolder.Path, cancellationToken);
        // Targets are for a quiet machine and the full runs: the smoke run only reports failures.
        var scenarios = web.Concat(api.Skip(1)).Select(s => s with { MinimumRatio = null }).ToList();

        var results = await LoadSuite.MeasureAsync(portal.BaseAddress, scenarios, arguments.Connections, TimeSpan.Zero,
            TimeSpan.FromSeconds(arguments.Seconds), cancellationToken);
        return LoadSuite.Report(scenarios, results) ? 0 : 1;
    }
}
