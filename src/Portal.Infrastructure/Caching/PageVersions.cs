using Portal.Application.Common;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Caching;

/// <summary>
/// A tag's version, known in memory while this instance hears every change (see <see cref="KnownPageVersions"/>), read
/// from the database when it does not.
/// </summary>
public sealed class PageVersions(KnownPageVersions known, PortalDbContext db) : IPageVersions
{
    public async ValueTask<long> VersionAsync(string tag, CancellationToken cancellationToken) =>
        known.TryGet(tag, out var version) ? version : await CachedPages.VersionAsync(db, tag, cancellationToken);
}
