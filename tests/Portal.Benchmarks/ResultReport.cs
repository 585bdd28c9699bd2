using System.Globalization;

namespace Portal.Benchmarks;

/// <summary>
/// Prints the measured scenarios side by side, each compared with the plain-text baseline. A scenario with a failed
/// request shows FAIL instead of a ratio: it measured refusals or errors, not the work it names.
/// </summary>
internal static class ResultReport
{
    public static void PrintTable(LoadResult baseline, IEnumerable<LoadResult> results)
    {
        Console.WriteLine();
        Console.WriteLine($"{"scenario",-26} {"requests",10} {"errors",7} {"req/s",10} {"p50 ms",8} {"p99 ms",8} {"ratio",6}");
        foreach (var result in results)
        {
            var ratio = result.Failed || baseline.Failed ? "FAIL" : Ratio(result, baseline).ToString("F3", CultureInfo.InvariantCulture);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{result.Scenario,-26} {result.Requests,10} {result.Errors,7} {result.RequestsPerSecond,10:F0} {result.P50Milliseconds,8:F2} {result.P99Milliseconds,8:F2} {ratio,6}"));
        }
        Console.WriteLine();
    }

    public static void PrintTarget(string label, LoadResult result, LoadResult baseline, double minimumRatio)
    {
        if (result.Failed || baseline.Failed)
        {
            Console.WriteLine($"{label} / baseline: FAIL (requests failed; see below)");
            return;
        }
        var ratio = Ratio(result, baseline);
        var verdict = ratio >= minimumRatio ? "PASS" : "FAIL";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label} / baseline = {ratio:F3} (target >= {minimumRatio:F2}): {verdict}"));
    }

    /// <summary>Prints a FAIL line for each scenario with a failed request, or that every request succeeded; true when none failed.</summary>
    public static bool PrintFailures(IReadOnlyCollection<LoadResult> results)
    {
        var failed = results.Where(r => r.Failed).ToList();
        foreach (var result in failed)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"FAIL: {result.Scenario}: {result.Errors:N0} of {result.Requests:N0} requests failed (the first: {result.FirstFailure})."));
        }
        if (failed.Count == 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Every scenario answered every request ({results.Sum(r => r.Requests):N0} requests, none failed)."));
        }
        return failed.Count == 0;
    }

    /// <summary>The baseline's requests per second, then each scenario's ratio, with its verdict when it has a target.</summary>
    public static IEnumerable<string> SummaryFigures(IReadOnlyList<LoadScenario> scenarios, IReadOnlyList<LoadResult> results)
    {
        var baseline = results[0];
        yield return string.Create(CultureInfo.InvariantCulture, $"baseline {baseline.RequestsPerSecond:F0} req/s");
        foreach (var (scenario, result) in scenarios.Zip(results).Skip(1))
        {
            if (result.Failed || baseline.Failed)
            {
                yield return $"{scenario.Name} FAIL (requests failed)";
                continue;
            }
            var ratio = Ratio(result, baseline);
            var verdict = scenario.MinimumRatio is { } target ? (ratio >= target ? " PASS" : " FAIL") : "";
            yield return string.Create(CultureInfo.InvariantCulture, $"{scenario.Name} {ratio:F3}{verdict}");
        }
    }

    private static double Ratio(LoadResult result, LoadResult baseline) =>
        result.RequestsPerSecond / baseline.RequestsPerSecond;
}
