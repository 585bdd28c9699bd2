using System.Diagnostics;

namespace Portal.Benchmarks;

/// <summary>What one measured scenario did: how many requests, how many failed (and how), how fast and how long they took.</summary>
internal sealed record LoadResult(string Scenario, int Requests, int Errors, TimeSpan Elapsed, double P50Milliseconds, double P99Milliseconds,
    string? FirstFailure = null)
{
    public double RequestsPerSecond => Requests / Elapsed.TotalSeconds;

    /// <summary>A scenario with any failed request measured something other than the work it names: it fails, whatever its speed.</summary>
    public bool Failed => Errors > 0;

    public static LoadResult From(string scenario, IReadOnlyCollection<WorkerTally> tallies, TimeSpan elapsed)
    {
        var latencies = tallies.SelectMany(t => t.LatencyTicks).Order().ToArray();
        return new LoadResult(
            scenario,
            latencies.Length,
            tallies.Sum(t => t.Errors),
            elapsed,
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.99),
            tallies.Select(t => t.FirstFailure).FirstOrDefault(f => f is not null));
    }

    private static double Percentile(long[] sortedTicks, double fraction)
    {
        if (sortedTicks.Length == 0)
        {
            return double.NaN;
        }
        var rank = (int)Math.Ceiling(fraction * sortedTicks.Length) - 1;
        return sortedTicks[Math.Max(rank, 0)] * 1000.0 / Stopwatch.Frequency;
    }
}
