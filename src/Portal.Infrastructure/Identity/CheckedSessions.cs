using System.Collections.Concurrent;
using System.Diagnostics;

namespace Portal.Infrastructure.Identity;

/// <summary>
/// The sessions this instance found current a moment ago, so that page views do not ask the database again and again.
/// A page view may take a finding up to <see cref="Freshness"/> old, and only while no account or company has been
/// saved on this instance since (<see cref="AccountChanges"/>): a sign-out, suspension or password reset here ends the
/// session at once, one on another instance within <see cref="Freshness"/>. A request that changes anything always asks.
/// </summary>
public sealed class CheckedSessions
{
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(2);
    private const int Most = 10_000;
    private readonly ConcurrentDictionary<(string User, string Stamp), (long Changes, long At)> _current = new();
    private long _changes;

    /// <summary>How many saves of accounts and companies this instance has made: read before a check, given to <see cref="Found"/>.</summary>
    public long Changes => Interlocked.Read(ref _changes);

    public bool WasCurrent(string user, string stamp) =>
        _current.TryGetValue((user, stamp), out var seen) && seen.Changes == Changes && Stopwatch.GetElapsedTime(seen.At) < Freshness;

    /// <summary>The session was current, as of <paramref name="changesBefore"/>: a save since then makes the finding void.</summary>
    public void Found(string user, string stamp, long changesBefore)
    {
        if (_current.Count >= Most)
        {
            _current.Clear();
        }
        _current[(user, stamp)] = (changesBefore, Stopwatch.GetTimestamp());
    }

    public void AccountsChanged() => Interlocked.Increment(ref _changes);
}
