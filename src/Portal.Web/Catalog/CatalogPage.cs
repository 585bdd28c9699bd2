using Portal.Application.Catalog.Browse;

namespace Portal.Web.Catalog;

public sealed record CatalogPage(CatalogFilter Filter, IReadOnlyList<ProductCard> Products);
