using Portal.Application.Catalog.Browse;
using Portal.Application.Configurations;
using Portal.Application.Quotes.Pages;
using Portal.Domain.Organizations;

namespace Portal.Web.Areas.Customer;

/// <summary>The configurator's form as the buyer filled it in, with what the page offers and the rack checked.</summary>
public sealed record ConfiguratorPage(ConfiguratorForm Form, ConfiguratorChoices Choices)
{
    public ConfigurationEvaluation Evaluation => Choices.Evaluation;

    public IReadOnlyList<ProductCard> Racks => Choices.Racks;

    public IReadOnlyList<ProductCard> Components => Choices.Components;

    public IReadOnlyList<Site> Sites => Choices.Sites;

    /// <summary>A component row offers the components that fit the rack, and keeps the one chosen so that its message shows.</summary>
    public bool Offers(ProductCard component, ComponentRow row) =>
        Choices.Fits(component) || string.Equals(component.Sku, row.Sku, StringComparison.OrdinalIgnoreCase);

    /// <summary>The generations a component fits, as the page's script reads them when another rack is chosen.</summary>
    public static string Generations(ProductCard component) => string.Join(' ', component.Fits);
}
