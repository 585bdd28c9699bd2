using Portal.Application.Catalog.Browse;
using Portal.Application.Configurations;
using Portal.Domain.Catalog;
using Portal.Domain.Organizations;

namespace Portal.Web.Areas.Customer;

public sealed record ConfiguratorPage(
    ConfiguratorForm Form,
    ConfigurationEvaluation Evaluation,
    IReadOnlyList<ProductCard> Racks,
    IReadOnlyList<ProductCard> Components,
    IReadOnlyList<Site> Sites)
{
    public static bool IsComponent(ProductCard product) =>
        product.Family is not (ProductFamily.AcceleratorRack or ProductFamily.Service);
}
