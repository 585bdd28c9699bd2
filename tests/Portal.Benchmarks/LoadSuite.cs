namespace Portal.Benchmarks;

/// <summary>
/// Scenarios measured one after the other against one portal, the first the plain-text baseline, and their report: the
/// table, a PASS or FAIL line for each scenario with a target, and a FAIL line for each with a failed request.
/// </summary>
internal static class LoadSuite
{
    public static async Task<IReadOnlyList<LoadResult>> MeasureAsync(Uri portal, IReadOnlyList<LoadScenario> scenarios, int connections,
        TimeSpan warmUp, TimeSpan duration, CancellationToken cancellationToken)
    {
        var results = new List<LoadResult>();
        foreach (var scenario in scenarios)
        {
            Console.WriteLine($"Measuring {scenario.Name} ({scenario.Method} {scenario.Path}): {warmUp.TotalSeconds} s warm-up, {duration.TotalSeconds} s with {connections} connections ...");
            results.Add(await LoadRunner.RunAsync(portal, connections, scenario, warmUp, duration, cancellationToken));
        }
        return results;
    }

    /// <summary>Prints the report and the run's summary line; true when every request of every scenario was answered (a missed target does not change that).</summary>
    public static bool Report(string suite, IReadOnlyList<LoadScenario> scenarios, IReadOnlyList<LoadResult> results)
    {
        var baseline = results[0];
        ResultReport.PrintTable(baseline, results);
        foreach (var (scenario, result) in scenarios.Zip(results))
        {
            if (scenario.MinimumRatio is { } target)
            {
                ResultReport.PrintTarget(scenario.Name, result, baseline, target);
            }
        }
        var answered = ResultReport.PrintFailures(results);
        RunSummary.Print(suite, ResultReport.SummaryFigures(scenarios, results));
        return answered;
    }
}
