using System.Text.RegularExpressions;
using Portal.Application.Catalog.Browse;
using Portal.Domain.Catalog;

namespace Portal.Web.Catalog;

/// <summary>
/// A product drawn for the catalog as SVG, in its own coordinates: a base rack's front with its units, a mounted
/// unit's front panel (sled, server, switch, storage, coolant unit), a side-mounted unit, a service's icon. Vector
/// parts only, so it is crisp at any width; its title and description say what it shows.
/// </summary>
public sealed partial record ProductDrawing(string Id, string ViewBox, string Title, string Description, IReadOnlyList<DrawnPart> Parts)
{
    public string TitleId => Id + "-title";

    public string DescriptionId => Id + "-desc";

    public static ProductDrawing Of(ProductOutline product)
    {
        var (width, height, parts, description) = product switch
        {
            { RackCapacityU: { } capacity } => ProductFronts.Rack(capacity),
            { Family: ProductFamily.Service } => ProductFronts.Service(),
            { HeightU: 0 } => ProductFronts.SideMounted(product.Family),
            _ => ProductFronts.Chassis(product.Family, product.HeightU),
        };
        return new ProductDrawing("drawing-" + NotInId().Replace(product.Sku.ToLowerInvariant(), "-"),
            $"0 0 {width} {height}", product.Name, description, parts);
    }

    [GeneratedRegex("[^a-z0-9-]")]
    private static partial Regex NotInId();
}

/// <summary>One rectangle of a drawing; rounded by half its width it is a circle.</summary>
public sealed record DrawnPart(int X, int Y, int Width, int Height, string Fill, int Round = 0);
