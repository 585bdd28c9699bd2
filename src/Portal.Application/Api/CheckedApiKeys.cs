using System.Collections.Concurrent;
using System.Diagnostics;
using Portal.Domain.Api;

namespace Portal.Application.Api;

/// <summary>
/// The API keys this instance found usable a moment ago (known, not revoked, of a company not suspended), so that a busy
/// key does not ask the database on every call. A call may take a finding up to <see cref="Freshness"/> old, and only
/// while no key, account or company has been saved on this instance since (the save tells <see cref="Changed"/>): a
/// revocation or suspension here counts at once, one on another instance within <see cref="Freshness"/>. The secret is
/// still checked against the key's hash on every call. The keys kept are shared by every request: read them only.
/// </summary>
public sealed class CheckedApiKeys
{
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(2);
    private const int Most = 10_000;
    private readonly ConcurrentDictionary<string, (ApiKey Key, long Changes, long At)> _usable = new();
    private long _changes;

    /// <summary>How many saves of keys, accounts and companies this instance has made: read before a lookup, given to <see cref="Found"/>.</summary>
    public long Changes => Interlocked.Read(ref _changes);

    /// <summary>The key of this prefix found usable a moment ago, with no save since; null when it must be looked up.</summary>
    public ApiKey? UsableKey(string prefix) =>
        _usable.TryGetValue(prefix, out var seen) && seen.Changes == Changes && Stopwatch.GetElapsedTime(seen.At) < Freshness ? seen.Key : null;

    /// <summary>The key was usable, as of <paramref name="changesBefore"/>: a save since then makes the finding void.</summary>
    public void Found(ApiKey key, long changesBefore)
    {
        if (_usable.Count >= Most)
        {
            _usable.Clear();
        }
        _usable[key.Prefix] = (key, changesBefore, Stopwatch.GetTimestamp());
    }

    public void Changed() => Interlocked.Increment(ref _changes);
}
