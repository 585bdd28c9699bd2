using System.Diagnostics;
using System.Net;

namespace Portal.Benchmarks;

/// <summary>
/// Keeps a fixed number of requests in flight for a fixed time against one portal instance or several: the workers are
/// spread evenly over the instances, and each sends the requests of the mix in turn (starting at a different one), so
/// every instance gets the same mix. Each instance and session has a connection pool of its own.
/// </summary>
internal sealed class LoadRunner : IDisposable
{
    private const int MaxRequestsPerRun = 5_000_000;
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

    private readonly IReadOnlyList<Uri> _instances;
    private readonly IReadOnlyList<LoadScenario> _mix;
    private readonly int _connections;
    private readonly Dictionary<(Uri Instance, CookieContainer? Session), HttpClient> _clients = [];

    private LoadRunner(IReadOnlyList<Uri> instances, int connections, IReadOnlyList<LoadScenario> mix)
    {
        (_instances, _connections, _mix) = (instances, connections, mix);
        foreach (var instance in instances)
        {
            foreach (var session in mix.Select(s => s.Session).Distinct())
            {
                var handler = new SocketsHttpHandler
                {
                    MaxConnectionsPerServer = connections,
                    AllowAutoRedirect = false,
                    UseCookies = session is not null,
                    CookieContainer = session ?? new CookieContainer(),
                };
                _clients[(instance, session)] = new HttpClient(handler) { BaseAddress = instance, Timeout = RequestTimeout };
            }
        }
    }

    /// <summary>One scenario against one instance: warms up, then measures.</summary>
    public static async Task<LoadResult> RunAsync(Uri baseAddress, int connections, LoadScenario scenario, TimeSpan warmUp,
        TimeSpan duration, CancellationToken cancellationToken) =>
        (await RunMixAsync([baseAddress], connections, [scenario], warmUp, duration, cancellationToken)).Of(scenario.Name, _ => true);

    /// <summary>The mix against the instances: warms up, then measures.</summary>
    public static async Task<LoadRun> RunMixAsync(IReadOnlyList<Uri> instances, int connections, IReadOnlyList<LoadScenario> mix,
        TimeSpan warmUp, TimeSpan duration, CancellationToken cancellationToken)
    {
        using var runner = new LoadRunner(instances, connections, mix);
        await runner.MeasureAsync(warmUp, cancellationToken);
        return await runner.MeasureAsync(duration, cancellationToken);
    }

    public void Dispose()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }
    }

    private async Task<LoadRun> MeasureAsync(TimeSpan duration, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var deadline = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, _connections).Select(worker => Task.Run(() =>
            WorkAsync(_instances[worker % _instances.Count], worker / _instances.Count, deadline, cancellationToken), cancellationToken));
        var runs = await Task.WhenAll(workers);
        return new LoadRun(_mix, runs, Stopwatch.GetElapsedTime(started));
    }

    private async Task<WorkerRun> WorkAsync(Uri instance, int firstTurn, long deadline, CancellationToken cancellationToken)
    {
        var tallies = _mix.Select(_ => new WorkerTally()).ToArray();
        var limit = MaxRequestsPerRun / _connections;
        for (var turn = firstTurn; Stopwatch.GetTimestamp() < deadline && turn - firstTurn < limit; turn++)
        {
            var scenario = turn % _mix.Count;
            var sent = Stopwatch.GetTimestamp();
            var failure = await _mix[scenario].SendAsync(_clients[(instance, _mix[scenario].Session)], cancellationToken);
            tallies[scenario].Record(Stopwatch.GetTimestamp() - sent, failure);
        }
        return new WorkerRun(instance, tallies);
    }
}

/// <summary>What one load worker saw: its instance, and a tally for each scenario of the mix.</summary>
internal sealed record WorkerRun(Uri Instance, IReadOnlyList<WorkerTally> Tallies);

/// <summary>What a run's workers saw, to be summed by instance, by scenario or over all.</summary>
internal sealed record LoadRun(IReadOnlyList<LoadScenario> Mix, IReadOnlyList<WorkerRun> Workers, TimeSpan Elapsed)
{
    /// <summary>The requests of the workers on the instances <paramref name="onInstance"/> picks, over the whole mix.</summary>
    public LoadResult Of(string name, Func<Uri, bool> onInstance) =>
        LoadResult.From(name, Workers.Where(w => onInstance(w.Instance)).SelectMany(w => w.Tallies).ToList(), Elapsed);

    /// <summary>The requests of one scenario of the mix, on every instance.</summary>
    public LoadResult OfScenario(LoadScenario scenario)
    {
        var index = Mix.ToList().IndexOf(scenario);
        return LoadResult.From(scenario.Name, Workers.Select(w => w.Tallies[index]).ToList(), Elapsed);
    }
}
