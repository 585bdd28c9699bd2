using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Price;

/// <summary>
/// One line of the pricing form: a rack configuration or a loose product by its id, with what sales set on it; on a
/// configuration, a component to add to each of its racks.
/// </summary>
public sealed record PricingLine(int Id, int? Quantity, decimal? DiscountPercent, string? Quarter, bool Remove, string? AddSku = null, int? AddQuantity = null)
{
    public bool AddsComponent => !Remove && !string.IsNullOrWhiteSpace(AddSku);
}

/// <summary>
/// Sales' pricing of a quote in review, as the form posts it: the discount for the whole quote, the validity, every
/// line's quantity, own discount (empty: the quote's), quarter (empty: the requested one) or removal, and a product to add.
/// </summary>
public sealed record PriceQuoteCommand(
    decimal? DiscountPercent,
    int? ValidityDays,
    IReadOnlyList<PricingLine>? Configurations,
    IReadOnlyList<PricingLine>? Products,
    string? AddSku,
    int? AddQuantity)
{
    public IReadOnlyList<PricingLine> ConfigurationLines => Configurations ?? [];

    public IReadOnlyList<PricingLine> ProductLines => Products ?? [];

    public bool AddsProduct => !string.IsNullOrWhiteSpace(AddSku);

    /// <summary>The pricing as the quote stands: every line with its own discount and quarter, if any; nothing to add.</summary>
    public static PriceQuoteCommand Of(Quote quote, int defaultValidityDays) => new(
        quote.DiscountPercent,
        quote.ValidityDays ?? defaultValidityDays,
        quote.Racks.Select(c => Line(c, c.RackCount)).ToList(),
        quote.Products.Select(p => Line(p, p.Quantity)).ToList(),
        null,
        1);

    private static PricingLine Line(QuoteLine line, int quantity) =>
        new(line.Id, quantity, line.DiscountPercent, line.DeliveryQuarter?.ToString(), false);
}
