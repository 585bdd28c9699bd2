using System.Globalization;

namespace Portal.Benchmarks;

/// <summary>Prints the measured scenarios side by side, each compared with the plain-text baseline.</summary>
internal static class ResultReport
{
    public static void PrintTable(LoadResult baseline, IEnumerable<LoadResult> results)
    {
        Console.WriteLine();
        Console.WriteLine($"{"scenario",-26} {"requests",10} {"errors",7} {"req/s",10} {"p50 ms",8} {"p99 ms",8} {"ratio",6}");
        foreach (var result in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{result.Scenario,-26} {result.Requests,10} {result.Errors,7} {result.RequestsPerSecond,10:F0} {result.P50Milliseconds,8:F2} {result.P99Milliseconds,8:F2} {Ratio(result, baseline),6:F3}"));
        }
        Console.WriteLine();
    }

    public static void PrintTarget(string label, LoadResult result, LoadResult baseline, double minimumRatio)
    {
        var ratio = Ratio(result, baseline);
        var verdict = ratio >= minimumRatio ? "PASS" : "FAIL";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label} / baseline = {ratio:F2} (target >= {minimumRatio:F2}): {verdict}"));
    }

    private static double Ratio(LoadResult result, LoadResult baseline) =>
        result.RequestsPerSecond / baseline.RequestsPerSecond;
}
