using Portal.Application.Common;
using Portal.Application.Configurations;
using Portal.Application.Quotes.AddProduct;
using Portal.Application.Quotes.CreateDraft;
using Portal.Application.Quotes.DescribeDraft;
using Portal.Application.Quotes.SaveConfiguration;
using Portal.Domain.Quotes;

namespace Portal.Application.Api.CreateQuoteRequest;

/// <summary>
/// A procurement system's quote request made in one call: a draft with its rack configurations, loose products, site,
/// quarter and notes, each judged by the same rules as on the pages. Either all of it is saved or, with the first
/// refusals named by their place in the request, none of it.
/// </summary>
public sealed class CreateQuoteRequestHandler(
    IPortalDb db,
    CreateDraftHandler createDraft,
    SaveConfigurationHandler saveConfiguration,
    AddProductHandler addProduct,
    DescribeDraftHandler describe)
{
    public async Task<Result<int>> HandleAsync(NewQuoteRequest request, Actor actor, CancellationToken cancellationToken = default)
    {
        var (configurations, products) = (request.Configurations ?? [], request.Products ?? []);
        if (configurations.Count + products.Count == 0)
        {
            return Result<int>.Fail("", "A quote request needs at least one rack configuration or product.");
        }
        if (configurations.Count + products.Count > RequestLimits.MaxLines)
        {
            return Result<int>.Fail("", RequestLimits.TooManyLines);
        }
        IReadOnlyList<FieldError> empty = [.. Empties(configurations, "configurations"), .. Empties(products, "products")];
        if (empty.Count > 0)
        {
            return Result<int>.Fail(empty);
        }
        await using var transaction = await db.BeginTransactionAsync(cancellationToken);
        var quote = await createDraft.HandleAsync(actor, cancellationToken);
        var refused = await AddConfigurationsAsync(quote.Id, configurations, request.SiteId, actor, cancellationToken)
            ?? await AddProductsAsync(quote.Id, products, actor, cancellationToken)
            ?? (await describe.HandleAsync(quote.Id, new DescribeDraftCommand(request.SiteId, request.RequestedQuarter, request.Notes), actor, cancellationToken))
                .Errors;
        if (refused.Count > 0)
        {
            return Result<int>.Fail(refused);
        }
        await transaction.CommitAsync(cancellationToken);
        return Result<int>.Ok(quote.Id);
    }

    /// <summary>A list's items that are null: a refusal each, by its place.</summary>
    private static IEnumerable<FieldError> Empties<T>(IReadOnlyList<T?> items, string list) where T : class =>
        items.Select((item, index) => (item, index)).Where(i => i.item is null).Select(i => new FieldError($"{list}[{i.index}]", "Give this item or leave it out; it is empty."));

    private async Task<IReadOnlyList<FieldError>?> AddConfigurationsAsync(int quoteId, IReadOnlyList<NewRackConfiguration> configurations, int? siteId,
        Actor actor, CancellationToken cancellationToken)
    {
        foreach (var (configuration, index) in configurations.Select((c, i) => (c, i)))
        {
            var request = new ConfigurationRequest(configuration.RackSku, configuration.Components ?? [], configuration.RackCount, siteId);
            var saved = await saveConfiguration.HandleAsync(new SaveConfigurationCommand(quoteId, null, request), actor, cancellationToken);
            if (!saved.Succeeded)
            {
                return ApiFields.Under($"configurations[{index}]", saved.Errors);
            }
        }
        return null;
    }

    private async Task<IReadOnlyList<FieldError>?> AddProductsAsync(int quoteId, IReadOnlyList<AddProductCommand> products, Actor actor,
        CancellationToken cancellationToken)
    {
        foreach (var (product, index) in products.Select((p, i) => (p, i)))
        {
            var added = await addProduct.HandleAsync(quoteId, product, actor, cancellationToken);
            if (!added.Succeeded)
            {
                return ApiFields.Under($"products[{index}]", added.Errors);
            }
        }
        return null;
    }
}
