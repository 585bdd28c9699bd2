using Microsoft.AspNetCore.Mvc.Rendering;
using Portal.Application.Catalog.Browse;
using Portal.Domain.Catalog;
using Portal.Web.Common;

namespace Portal.Web.Catalog;

public sealed record CatalogPage(CatalogFilter Filter, IReadOnlyList<ProductCard> Products)
{
    public IReadOnlyList<SelectListItem> Families => Choices.Of(Filter.Family, Display.Family);

    public IReadOnlyList<SelectListItem> Lifecycles => Choices.Of(Filter.Lifecycle, Display.Lifecycle);
}
