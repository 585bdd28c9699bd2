using System.Globalization;

namespace Portal.Benchmarks;

/// <summary>
/// A Linux process's resident memory, from /proc: now (VmRSS) and at its peak (VmHWM). Writing 5 to clear_refs sets
/// the peak back to the present, so a peak read later belongs to what happened in between.
/// </summary>
internal sealed class ProcessMemory(int processId)
{
    public long ResidentBytes => Read("VmRSS");

    public long PeakResidentBytes => Read("VmHWM");

    public void ResetPeak() => File.WriteAllText($"/proc/{processId}/clear_refs", "5");

    /// <summary>A line such as "VmRSS:    123456 kB".</summary>
    private long Read(string field)
    {
        var line = File.ReadLines($"/proc/{processId}/status").FirstOrDefault(l => l.StartsWith(field + ":", StringComparison.Ordinal))
            ?? throw new BenchmarkFailedException($"/proc/{processId}/status has no {field}.");
        return long.Parse(line[(field.Length + 1)..^2].Trim(), CultureInfo.InvariantCulture) * 1024;
    }
}
