using System.Collections.Concurrent;
using Portal.Domain.Common;

namespace Portal.IntegrationTests.Support;

/// <summary>
/// Hands each test of a class a quarter of its own, counted per database (the SQLite and PostgreSQL classes share the
/// counter's owner but not a portal), from a first offset past the quarters the demo uses, within the quarter horizon.
/// </summary>
public sealed class OwnQuarters(int firstOffset)
{
    private readonly ConcurrentDictionary<string, int> _last = new();

    /// <summary>The next quarter's offset from the current one, for the database named.</summary>
    public int NextOffset(string provider) => _last.AddOrUpdate(provider, firstOffset, (_, last) => last + 1);

    public Quarter Next(string provider) => Quarter.Containing(DateTime.UtcNow).Plus(NextOffset(provider));
}
