namespace Portal.Benchmarks;

/// <summary>What one load worker saw: the latency of every request it completed, and how many of them failed.</summary>
internal sealed class WorkerTally
{
    private readonly List<long> _latencyTicks = [];

    public IReadOnlyList<long> LatencyTicks => _latencyTicks;

    public int Errors { get; private set; }

    public void Record(long latencyTicks, bool succeeded)
    {
        _latencyTicks.Add(latencyTicks);
        if (!succeeded)
        {
            Errors++;
        }
    }
}
