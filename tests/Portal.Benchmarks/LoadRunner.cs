using System.Diagnostics;
using System.Net;

namespace Portal.Benchmarks;

/// <summary>Keeps a fixed number of requests in flight against the portal for a fixed time, over one connection pool.</summary>
internal sealed class LoadRunner : IDisposable
{
    private const int MaxRequestsPerScenario = 5_000_000;
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

    private readonly HttpClient _client;
    private readonly int _connections;

    private LoadRunner(Uri baseAddress, int connections, CookieContainer? session)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            AllowAutoRedirect = false,
            UseCookies = session is not null,
            CookieContainer = session ?? new CookieContainer(),
        };
        _client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = RequestTimeout };
        _connections = connections;
    }

    /// <summary>Warms up, then measures, on a connection pool of its own (with the scenario's cookies, if any).</summary>
    public static async Task<LoadResult> RunAsync(Uri baseAddress, int connections, LoadScenario scenario, TimeSpan warmUp,
        TimeSpan duration, CancellationToken cancellationToken)
    {
        using var runner = new LoadRunner(baseAddress, connections, scenario.Session);
        await runner.MeasureAsync(scenario, warmUp, cancellationToken);
        return await runner.MeasureAsync(scenario, duration, cancellationToken);
    }

    public void Dispose() => _client.Dispose();

    private async Task<LoadResult> MeasureAsync(LoadScenario scenario, TimeSpan duration, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var deadline = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, _connections)
            .Select(_ => Task.Run(() => WorkAsync(scenario, deadline, cancellationToken), cancellationToken));
        var tallies = await Task.WhenAll(workers);
        return LoadResult.From(scenario.Name, tallies, Stopwatch.GetElapsedTime(started));
    }

    private async Task<WorkerTally> WorkAsync(LoadScenario scenario, long deadline, CancellationToken cancellationToken)
    {
        var tally = new WorkerTally();
        var limit = MaxRequestsPerScenario / _connections;
        while (Stopwatch.GetTimestamp() < deadline && tally.LatencyTicks.Count < limit)
        {
            var sent = Stopwatch.GetTimestamp();
            var succeeded = await SendAsync(scenario, cancellationToken);
            tally.Record(Stopwatch.GetTimestamp() - sent, succeeded);
        }
        return tally;
    }

    private async Task<bool> SendAsync(LoadScenario scenario, CancellationToken cancellationToken)
    {
        try
        {
            using var request = scenario.CreateRequest();
            using var response = await _client.SendAsync(request, cancellationToken);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
