using Portal.Application.Common;

namespace Portal.Application.Configurations;

/// <summary>
/// The whole catalog as evaluations read it (<see cref="ConfigurationCatalog"/>), kept in memory while the catalog's
/// pages are at the same version (see <see cref="IPageVersions"/> and <see cref="PageTags.Catalog"/>): any saved
/// change to a product or its supply, on any instance, retires it as it retires the cached catalog pages, and like
/// them it is read again after <see cref="Expiry"/> at the latest (for a change no save tracked: a conditional update). Its products
/// are shared by every request: read them, never put them on a quote (saving reads its own, see
/// <see cref="ConfigurationEvaluator.EvaluateToSaveAsync"/>).
/// </summary>
public sealed class CatalogSnapshot(TimeProvider clock)
{
    /// <summary>As long as a cached catalog page is kept.</summary>
    public static readonly TimeSpan Expiry = TimeSpan.FromSeconds(60);

    private Kept? _kept;

    /// <summary>The catalog at the version it is at now; read from the database when the one kept is older or expired.</summary>
    public async Task<ConfigurationCatalog> CurrentAsync(IPortalDb db, IPageVersions versions, CancellationToken cancellationToken)
    {
        // The version is read before the catalog, so what is kept under it is never older than it.
        var version = await versions.VersionAsync(PageTags.Catalog, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (Volatile.Read(ref _kept) is { } kept && kept.Version == version && now < kept.ExpiresUtc)
        {
            return kept.Catalog;
        }
        var catalog = await ConfigurationCatalog.ReadAsync(db, skus: null, now, cancellationToken);
        Keep(new Kept(version, now + Expiry, catalog));
        return catalog;
    }

    /// <summary>Of two reads that finish out of order, the one of the older version does not replace the newer.</summary>
    private void Keep(Kept read)
    {
        var kept = Volatile.Read(ref _kept);
        while (kept is null || kept.Version <= read.Version)
        {
            var seen = Interlocked.CompareExchange(ref _kept, read, kept);
            if (ReferenceEquals(seen, kept))
            {
                return;
            }
            kept = seen;
        }
    }

    private sealed record Kept(long Version, DateTime ExpiresUtc, ConfigurationCatalog Catalog);
}
