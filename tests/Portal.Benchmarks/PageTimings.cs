using System.Diagnostics;
using System.Net;

namespace Portal.Benchmarks;

/// <summary>
/// A page fetched one request at a time after one warm-up, each timed from sending to the body's last byte: the time a
/// browser on the same machine waits for the whole page.
/// </summary>
internal sealed record PageTimings(string Name, IReadOnlyList<double> Milliseconds)
{
    public double Median
    {
        get
        {
            var sorted = Milliseconds.Order().ToList();
            return (sorted[(sorted.Count - 1) / 2] + sorted[sorted.Count / 2]) / 2;
        }
    }

    public double Max => Milliseconds.Max();

    public static async Task<PageTimings> MeasureAsync(HttpClient client, string name, string path, int requests, CancellationToken cancellationToken)
    {
        Console.WriteLine($"Measuring {name} ({path}): 1 warm-up and {requests} requests, one at a time ...");
        await FetchAsync(client, path, cancellationToken);
        var times = new List<double>();
        for (var i = 0; i < requests; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await FetchAsync(client, path, cancellationToken);
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        return new PageTimings(name, times);
    }

    private static async Task FetchAsync(HttpClient client, string path, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(path, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new BenchmarkFailedException($"GET {path} answered {(int)response.StatusCode}, not 200.");
        }
        await response.Content.CopyToAsync(Stream.Null, cancellationToken);
    }
}
