using Portal.Application.Catalog.Browse;
using Portal.Application.Common;
using Portal.Application.Configurations;
using Portal.Application.Configurations.Standard;
using Portal.Application.Sites;
using Portal.Domain.Catalog;
using Portal.Domain.Configurations;
using Portal.Domain.Organizations;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Pages;

/// <summary>What the configurator offers a buyer: the catalog's racks and components, the company's sites, and the rack being built, checked.</summary>
/// <param name="RackSku">The rack checked: the one chosen, or on a first visit the first rack that can be ordered.</param>
/// <param name="Components">Every component; those that do not fit the rack chosen are listed but not offered (the page's script offers them again when another rack is chosen).</param>
/// <param name="RackChosen">The buyer chose the rack (on a first visit without script, a rack is picked for them, and every component is offered).</param>
/// <param name="Standards">The active standard configurations a buyer may start from.</param>
public sealed record ConfiguratorChoices(
    string? RackSku,
    ConfigurationEvaluation Evaluation,
    IReadOnlyList<ProductCard> Racks,
    IReadOnlyList<ProductCard> Components,
    IReadOnlyList<Site> Sites,
    bool RackChosen,
    IReadOnlyList<StandardConfigurationOffer> Standards)
{
    /// <summary>The component fits the rack chosen (its generation); any does while no known rack is chosen.</summary>
    public bool Fits(ProductCard component) =>
        !RackChosen || Evaluation.Check.Rack?.Rack is not { } rack || component.Fits.Contains(rack.Generation);
}

/// <summary>Reads the configurator's page; a draft's rack of another company's quote, or one not on the quote, is not found.</summary>
public sealed class ConfiguratorPageQuery(
    ConfigurationEvaluator evaluator, QuoteQueries quotes, CatalogQueries catalog, SiteQueries sites, StandardConfigurationQueries standards)
{
    public async Task<ConfiguratorChoices> GetAsync(ConfigurationRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        var products = await catalog.BrowseAsync(new CatalogFilter(null, null, null), cancellationToken);
        var rackSku = request.RackSku ?? products.FirstOrDefault(p => p.Family == ProductFamily.AcceleratorRack
            && p.Availability.Kind is AvailabilityKind.Available or AvailabilityKind.AllocationLimited)?.Sku;
        return new ConfiguratorChoices(
            rackSku,
            await evaluator.EvaluateAsync(request with { RackSku = rackSku }, actor, cancellationToken),
            products.Where(p => p.Family == ProductFamily.AcceleratorRack).ToList(),
            products.Where(p => p.Family is not (ProductFamily.AcceleratorRack or ProductFamily.Service)).ToList(),
            await sites.ListAsync(actor, cancellationToken),
            request.RackSku is not null,
            await standards.OfferedAsync(cancellationToken));
    }

    /// <summary>What a standard configuration fills the configurator with; a retired one is refused with its reason.</summary>
    public Task<StandardStart> StartFromAsync(int standardId, CancellationToken cancellationToken = default) =>
        standards.StartFromAsync(standardId, cancellationToken);

    /// <summary>The rack being built checked alone, as the page asks while the buyer types.</summary>
    public Task<ConfigurationEvaluation> EvaluateAsync(ConfigurationRequest request, Actor actor, CancellationToken cancellationToken = default) =>
        evaluator.EvaluateAsync(request, actor, cancellationToken);

    /// <summary>The site a new rack is first checked against: the company's first.</summary>
    public async Task<int?> FirstSiteIdAsync(Actor actor, CancellationToken cancellationToken = default) =>
        (await sites.ListAsync(actor, cancellationToken)).FirstOrDefault()?.Id;

    /// <summary>A rack on a draft, with the quote, for the buyer to change it.</summary>
    public async Task<(Quote Quote, QuoteRack Rack)> RackOnQuoteAsync(int quoteId, int rackId, Actor actor, CancellationToken cancellationToken = default)
    {
        var quote = (await quotes.GetAsync(quoteId, actor, cancellationToken)).Quote;
        return (quote, quote.Racks.SingleOrDefault(r => r.Id == rackId) ?? throw new NotFoundException("The configuration"));
    }
}
