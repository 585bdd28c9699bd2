namespace Portal.Benchmarks;

/// <summary>What one load worker saw: the latency of every request it completed, how many of them failed, and how the first failed.</summary>
internal sealed class WorkerTally
{
    private readonly List<long> _latencyTicks = [];

    public IReadOnlyList<long> LatencyTicks => _latencyTicks;

    public int Errors { get; private set; }

    public string? FirstFailure { get; private set; }

    /// <param name="failure">Null for a request that succeeded; otherwise what went wrong ("HTTP 429 TooManyRequests", say).</param>
    public void Record(long latencyTicks, string? failure)
    {
        _latencyTicks.Add(latencyTicks);
        if (failure is not null)
        {
            Errors++;
            FirstFailure ??= failure;
        }
    }
}
