namespace Portal.Application.Catalog;

/// <summary>Told when the catalog changed, so that cached catalog pages are dropped.</summary>
public interface ICatalogChangeNotifier
{
    Task CatalogChangedAsync(CancellationToken cancellationToken = default);
}
