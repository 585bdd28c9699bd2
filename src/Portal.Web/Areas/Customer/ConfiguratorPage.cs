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
}
