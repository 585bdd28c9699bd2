using System.Globalization;

namespace Portal.Benchmarks;

/// <summary>Prints one database's round: the timings against the baseline measured in the same run, the export, and each target met or not.</summary>
internal static class ReportsReport
{
    /// <summary>
    /// The memory a million-row export may take at its peak, in bytes (200 MB): the portal's peak resident set during the
    /// export over what it held just before. Reading the rows into memory first takes several hundred megabytes (it
    /// did, +460 MB on PostgreSQL, before the exports were single queries); streaming them holds one row at a time.
    /// The whole process's peak is printed beside it: most of that is the runtime's and the portal's code, which is
    /// there before any report is asked for.
    /// </summary>
    private const long ExportPeakTarget = 200_000_000;

    public static void Print(ReportsResult result)
    {
        var (seeded, export) = (result.Seeded, result.Export);
        Console.WriteLine();
        Console.WriteLine(Invariant($"Reports on {result.Database}: {seeded.Quotes:N0} quotes, {seeded.QuoteLines:N0} quote lines, seeded in {seeded.Elapsed.TotalSeconds:F0} s."));
        Console.WriteLine($"{"measurement",-26} {"requests",8} {"median ms",10} {"max ms",10} {"ratio",9}");
        foreach (var timings in new[] { result.Baseline, result.RecentDashboard, result.YearDashboard })
        {
            Console.WriteLine(Invariant(
                $"{timings.Name,-26} {timings.Milliseconds.Count,8} {timings.Median,10:F2} {timings.Max,10:F2} {timings.Median / result.Baseline.Median,9:F0}"));
        }
        Console.WriteLine(Invariant($"CSV export, full year: {export.Lines:N0} lines, {Megabytes(export.Bytes):F1} MB in {export.Elapsed.TotalSeconds:F1} s."));
        var (before, peak) = (Megabytes(export.ResidentBeforeBytes), Megabytes(export.PeakResidentBytes));
        Console.WriteLine(Invariant($"Portal resident memory: {Megabytes(result.ResidentAtStartBytes):F0} MB before the dashboards, {before:F0} MB before the export,"));
        Console.WriteLine(Invariant($"  peak {peak:F0} MB during it (VmHWM; {Megabytes(export.SampledPeakBytes):F0} MB sampled every 50 ms), growth {peak - before:F0} MB."));
        var makeUp = export.MakeUpAfter;
        Console.WriteLine(Invariant(
            $"  At the end of the export: {Megabytes(makeUp.AnonymousBytes):F0} MB private, {Megabytes(makeUp.FileBytes):F0} MB mapped files (code), {Megabytes(makeUp.SharedBytes):F0} MB shared (JIT code)."));
        Console.WriteLine();

        var target = result.DashboardTarget.TotalMilliseconds;
        PrintTarget($"dashboard ({result.Database}, full year) median", result.YearDashboard.Median, "ms", target);
        PrintTarget($"dashboard ({result.Database}, last 90 days) median", result.RecentDashboard.Median, "ms", target);
        PrintTarget($"export's peak memory, over the portal's before it ({result.Database})", Megabytes(export.PeakGrowthBytes), "MB", Megabytes(ExportPeakTarget));
        if (!result.ExportComplete)
        {
            Console.Error.WriteLine(Invariant($"The export on {result.Database} has {export.Lines:N0} lines, not at least {ReportsBenchmarkData.Quotes + 1:N0}."));
        }
        Console.WriteLine();
    }

    private static void PrintTarget(string label, double value, string unit, double target) =>
        Console.WriteLine(Invariant($"{label} {value:F0} {unit} (target < {target:F0} {unit}): {(value < target ? "PASS" : "FAIL")}"));

    private static double Megabytes(long bytes) => bytes / 1_000_000.0;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
