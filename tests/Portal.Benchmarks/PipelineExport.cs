using System.Diagnostics;
using System.Net;

namespace Portal.Benchmarks;

/// <summary>
/// Downloads the pipeline export to the end, counting its lines and bytes as they arrive, while watching the portal's
/// memory: the kernel's peak resident set over the request (reset just before it), and the resident set sampled every
/// 50 ms as a cross-check.
/// </summary>
internal static class PipelineExport
{
    private static readonly TimeSpan SampleInterval = TimeSpan.FromMilliseconds(50);

    public static async Task<ExportResult> MeasureAsync(HttpClient client, string path, ProcessMemory portal, CancellationToken cancellationToken)
    {
        Console.WriteLine($"Measuring the CSV export ({path}) ...");
        portal.ResetPeak();
        var before = portal.ResidentBytes;
        using var sampling = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var sampled = Task.Run(() => SampleAsync(portal, sampling.Token), cancellationToken);

        var started = Stopwatch.GetTimestamp();
        using var response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new BenchmarkFailedException($"GET {path} answered {(int)response.StatusCode}, not 200.");
        }
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[64 * 1024];
        var (bytes, lines) = (0L, 0L);
        for (int read; (read = await body.ReadAsync(buffer, cancellationToken)) > 0;)
        {
            bytes += read;
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
        }
        var elapsed = Stopwatch.GetElapsedTime(started);

        await sampling.CancelAsync();
        return new ExportResult(lines, bytes, elapsed, before, portal.PeakResidentBytes, await sampled, portal.MakeUp);
    }

    private static async Task<long> SampleAsync(ProcessMemory portal, CancellationToken cancellationToken)
    {
        var highest = 0L;
        using var timer = new PeriodicTimer(SampleInterval);
        try
        {
            do
            {
                highest = Math.Max(highest, portal.ResidentBytes);
            }
            while (await timer.WaitForNextTickAsync(cancellationToken));
        }
        catch (OperationCanceledException)
        {
        }
        return highest;
    }
}

/// <param name="Lines">Every row ends with a line break, the header's too.</param>
/// <param name="MakeUpAfter">The portal's resident set as the export ended.</param>
internal sealed record ExportResult(long Lines, long Bytes, TimeSpan Elapsed, long ResidentBeforeBytes, long PeakResidentBytes, long SampledPeakBytes,
    ResidentMakeUp MakeUpAfter)
{
    /// <summary>The memory the export took at its peak: the portal's peak resident set during it over what it held just before.</summary>
    public long PeakGrowthBytes => PeakResidentBytes - ResidentBeforeBytes;
}
