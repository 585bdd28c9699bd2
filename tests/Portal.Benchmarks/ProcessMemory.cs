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

    /// <summary>
    /// What the resident set is made of now: private memory (the heaps), mapped files (the runtime's and the portal's
    /// code, shared with every process that maps them) and shared memory (the runtime's double-mapped JIT code).
    /// </summary>
    public ResidentMakeUp MakeUp => new(Read("RssAnon"), Read("RssFile"), Read("RssShmem"));

    /// <summary>A line such as "VmRSS:    123456 kB".</summary>
    private long Read(string field)
    {
        var line = File.ReadLines($"/proc/{processId}/status").FirstOrDefault(l => l.StartsWith(field + ":", StringComparison.Ordinal))
            ?? throw new BenchmarkFailedException($"/proc/{processId}/status has no {field}.");
        return long.Parse(line[(field.Length + 1)..^2].Trim(), CultureInfo.InvariantCulture) * 1024;
    }
}

internal sealed record ResidentMakeUp(long AnonymousBytes, long FileBytes, long SharedBytes);
