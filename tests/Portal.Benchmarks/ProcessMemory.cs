using System.Globalization;

namespace Portal.Benchmarks;

/// <summary>
/// A Linux process's resident memory, from /proc: now (VmRSS) and at its peak (VmHWM); and its processor time. Writing 5 to clear_refs sets
/// the peak back to the present, so a peak read later belongs to what happened in between.
/// </summary>
internal sealed class ProcessMemory(int processId)
{
    public long ResidentBytes => Read("VmRSS");

    public long PeakResidentBytes => Read("VmHWM");

    /// <summary>
    /// The processor time the process has used so far, in user and kernel mode (/proc/PID/stat's utime and stime, in
    /// clock ticks of 1/100 s): unlike the time on the clock, it hardly grows when other processes share the cores.
    /// </summary>
    public TimeSpan ProcessorTime
    {
        get
        {
            var stat = File.ReadAllText($"/proc/{processId}/stat");
            // The fields after the command name, which is in parentheses and may hold spaces: utime and stime are the 14th and 15th.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds(ticks / 100.0);
        }
    }

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
