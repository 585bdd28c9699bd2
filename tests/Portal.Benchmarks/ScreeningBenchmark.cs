using System.Diagnostics;
using System.Globalization;
using Portal.Domain.Compliance;
using Portal.UnitTests.Builders;

namespace Portal.Benchmarks;

/// <summary>
/// The 'screening' benchmark: a made-up restricted-party list of 20,000 parties (company-like names, a third with a
/// Cyrillic or short alternate name) is indexed once; then 2,000 names are screened against it at the default
/// threshold, one at a time, half of them listed names written another way and half names that are not listed; each
/// pass is timed after a first, untimed one (steady state, compiled). The baseline, in the same run, screens 200 of
/// them by scoring every name of the list; both must find the same candidates.
/// </summary>
internal static class ScreeningBenchmark
{
    private const int ListedParties = 20_000;
    private const int Screenings = 2_000;
    private const int BaselineScreenings = 200;
    private const double TargetMedianMilliseconds = 5;

    public static int Run()
    {
        var madeUp = new MadeUpParties(seed: 20_000);
        var parties = madeUp.Parties(ListedParties);
        var building = Stopwatch.StartNew();
        var list = new ScreeningList(parties);
        building.Stop();
        var names = Enumerable.Range(0, Screenings)
            .Select(i => i % 2 == 0 ? madeUp.Variant(parties[i * 7 % ListedParties]) : madeUp.Unlisted())
            .ToArray();
        Console.WriteLine(Invariant($"Screening list: {parties.Count:N0} parties, {parties.Sum(p => p.Names.Count()):N0} names, indexed in {building.Elapsed.TotalMilliseconds:F0} ms."));

        var indexed = Time(names, name => list.Screen(name));
        var baseline = Time(names.Take(BaselineScreenings).ToArray(), name => list.ScreenEveryName(name));
        var agreeing = names.Take(BaselineScreenings).Count(name => list.Screen(name).SequenceEqual(list.ScreenEveryName(name)));
        var found = names.Count(name => list.Screen(name).Count > 0);

        Console.WriteLine(Invariant($"{"screening",-28} {"names",6} {"median ms",10} {"p99 ms",8} {"max ms",8}"));
        Console.WriteLine(Invariant($"{"indexed (Screen)",-28} {indexed.Count,6} {indexed.Median,10:F3} {indexed.P99,8:F3} {indexed.Max,8:F3}"));
        Console.WriteLine(Invariant($"{"every name (ScreenEveryName)",-28} {baseline.Count,6} {baseline.Median,10:F3} {baseline.P99,8:F3} {baseline.Max,8:F3}"));
        Console.WriteLine(Invariant($"{found:N0} of {Screenings:N0} names had candidates at {ScreeningList.DefaultThreshold}; the index was {baseline.Median / indexed.Median:F0}x faster than scoring every name (ratio {indexed.Median / baseline.Median:F3}); both agreed on {agreeing} of {BaselineScreenings}."));
        var passed = indexed.Median < TargetMedianMilliseconds && agreeing == BaselineScreenings;
        Console.WriteLine(Invariant($"screening median {indexed.Median:F3} ms (target < {TargetMedianMilliseconds} ms, same candidates as scoring every name): {(passed ? "PASS" : "FAIL")}"));
        return passed ? 0 : 1;
    }

    private static ScreeningTimes Time(IReadOnlyList<string> names, Func<string, IReadOnlyList<ScreeningCandidate>> screen)
    {
        foreach (var name in names)
        {
            screen(name);
        }
        var milliseconds = new List<double>();
        foreach (var name in names)
        {
            var started = Stopwatch.GetTimestamp();
            screen(name);
            milliseconds.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        return new ScreeningTimes(milliseconds.Order().ToArray());
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>Each screening's time, shortest first.</summary>
    private sealed record ScreeningTimes(double[] Sorted)
    {
        public int Count => Sorted.Length;
        public double Median => Percentile(0.5);
        public double P99 => Percentile(0.99);
        public double Max => Sorted[^1];

        private double Percentile(double fraction) => Sorted[Math.Max((int)Math.Ceiling(fraction * Sorted.Length) - 1, 0)];
    }
}
