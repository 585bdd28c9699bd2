using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common;
using Portal.Infrastructure.Persistence;

namespace Portal.Infrastructure.Caching;

/// <summary>
/// A tag's version, known in memory while this instance hears every change (see <see cref="KnownPageVersions"/>), read
/// from the database when it does not. The database context is asked for only then: a cached page whose version is
/// known takes no context from the pool (the anonymous catalog takes none at all).
/// </summary>
public sealed class PageVersions(KnownPageVersions known, IServiceProvider services) : IPageVersions
{
    public ValueTask<long> VersionAsync(string tag, CancellationToken cancellationToken) =>
        known.TryGet(tag, out var version)
            ? ValueTask.FromResult(version)
            : new ValueTask<long>(CachedPages.VersionAsync(services.GetRequiredService<PortalDbContext>(), tag, cancellationToken));
}
