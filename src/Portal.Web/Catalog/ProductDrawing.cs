using System.Text.RegularExpressions;
using Portal.Application.Catalog.Browse;
using Portal.Domain.Catalog;

namespace Portal.Web.Catalog;

/// <summary>
/// A product drawn for the catalog as SVG, in its own coordinates: a base rack's front with its units, a mounted
/// unit's front panel (sled, server, switch, storage, coolant unit), a side-mounted unit, a service's icon. Vector
/// parts only, so it is crisp at any width; its title and description say what it shows. Pages show it as an image
/// of its own address (<see cref="ProductDrawingSvg"/>), versioned by its content.
/// </summary>
public sealed partial record ProductDrawing(string Sku, int Width, int Height, string Title, string Description, IReadOnlyList<DrawnPart> Parts)
{
    public string Id => "drawing-" + NotInId().Replace(Sku.ToLowerInvariant(), "-");

    public string ViewBox => $"0 0 {Width} {Height}";

    public string TitleId => Id + "-title";

    public string DescriptionId => Id + "-desc";

    /// <summary>What a screen reader says for the image on a page: the product's name and what the drawing shows.</summary>
    public string AlternativeText => $"{Title}. {Description}";

    /// <summary>The version of its document, which its address carries.</summary>
    public string Version => ProductDrawingSvg.VersionOf(ProductDrawingSvg.Document(this));

    public static ProductDrawing Of(ProductOutline product)
    {
        var (width, height, parts, description) = product switch
        {
            { RackCapacityU: { } capacity } => ProductFronts.Rack(capacity),
            { Family: ProductFamily.Service } => ProductFronts.Service(),
            { HeightU: 0 } => ProductFronts.SideMounted(product.Family),
            _ => ProductFronts.Chassis(product.Family, product.HeightU),
        };
        return new ProductDrawing(product.Sku, width, height, product.Name, description, parts);
    }

    [GeneratedRegex("[^a-z0-9-]")]
    private static partial Regex NotInId();
}

/// <summary>One rectangle of a drawing; rounded by half its width it is a circle.</summary>
public sealed record DrawnPart(int X, int Y, int Width, int Height, string Fill, int Round = 0);
