using System.Globalization;

namespace Portal.IntegrationTests.Support;

/// <summary>A Linux process's resident memory from /proc: now (VmRSS), its peak (VmHWM), and the peak set back to now.</summary>
public sealed class ResidentMemory(int processId)
{
    public long Now => Read("VmRSS");

    public long Peak => Read("VmHWM");

    public void ResetPeak() => File.WriteAllText($"/proc/{processId}/clear_refs", "5");

    private long Read(string field)
    {
        var line = File.ReadLines($"/proc/{processId}/status").First(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        return long.Parse(line[(field.Length + 1)..^2].Trim(), CultureInfo.InvariantCulture) * 1024;
    }
}
