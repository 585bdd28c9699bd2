using Portal.Domain.Catalog;

namespace Portal.Application.Catalog.Browse;

/// <summary>What a drawing of a product needs to know of it: its family, its height, and a base rack's space.</summary>
public sealed record ProductOutline(string Sku, string Name, ProductFamily Family, int HeightU, int? RackCapacityU)
{
    public static ProductOutline Of(Product product) =>
        new(product.Sku, product.Name, product.Family, product.HeightU, product.Rack?.CapacityU);
}
