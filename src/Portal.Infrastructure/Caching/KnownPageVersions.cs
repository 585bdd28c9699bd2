using System.Collections.Concurrent;

namespace Portal.Infrastructure.Caching;

/// <summary>
/// The page versions this instance knows without asking the database. It knows them only while it hears every change:
/// on PostgreSQL while <see cref="PageVersionListener"/> listens for the commits of all instances; its own commits it
/// learns as they return (see <see cref="PageVersionBump"/>); on SQLite, whose database only this process may open,
/// from its start (see <c>PortalInitializer</c>). When it does not know, a request reads the version from the database.
/// </summary>
public sealed class KnownPageVersions
{
    private readonly ConcurrentDictionary<string, long> _versions = new(StringComparer.Ordinal);
    private volatile bool _hearing;

    /// <summary>The tag's version, when every change is heard: 0 for a tag no change has touched yet.</summary>
    public bool TryGet(string tag, out long version)
    {
        version = _hearing ? _versions.GetValueOrDefault(tag) : 0;
        return _hearing;
    }

    /// <summary>Versions only go up: an older word that arrives late changes nothing.</summary>
    public void Raise(string tag, long version) =>
        _versions.AddOrUpdate(tag, version, (_, known) => Math.Max(known, version));

    /// <summary>Every change is heard from now on, and <paramref name="current"/> are the versions as of the start.</summary>
    public void HearFrom(IEnumerable<PageVersion> current)
    {
        foreach (var version in current)
        {
            Raise(version.Tag, version.Version);
        }
        _hearing = true;
    }

    /// <summary>Changes may go unheard (the listener lost its connection): ask the database until it hears again.</summary>
    public void Deafen() => _hearing = false;
}
