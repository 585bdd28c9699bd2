using FluentValidation;
using Portal.Application.Common;
using Portal.Domain.Catalog;
using Portal.Domain.Common;
using Portal.Domain.Pricing;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Pricing;

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

public sealed class PriceQuoteValidator : AbstractValidator<PriceQuoteCommand>
{
    public PriceQuoteValidator(TimeProvider clock, Configurations.ConfigurationPolicy policy)
    {
        var discount = DiscountAuthority.OutOfRange;
        RuleFor(c => c.DiscountPercent).NotNull().WithMessage("Give the discount for the whole quote: 0 for none.")
            .InclusiveBetween(0m, DiscountAuthority.Max).WithMessage(discount);
        RuleFor(c => c.ValidityDays).NotNull().WithMessage("Give the number of days the quote is valid.")
            .InclusiveBetween(QuoteRepricing.MinValidityDays, QuoteRepricing.MaxValidityDays)
            .WithMessage(QuoteRepricing.ValidityOutOfRange);
        RuleForEach(c => c.Configurations).SetValidator(new PricingLineValidator(clock, discount, "racks"));
        RuleForEach(c => c.Configurations).ChildRules(line => line.RuleFor(l => l.AddQuantity).NotNull().InclusiveBetween(1, policy.MaxComponentQuantityPerRack)
            .When(l => l.AddsComponent).WithMessage($"Add between 1 and {policy.MaxComponentQuantityPerRack} of the component to each rack."));
        RuleForEach(c => c.Products).SetValidator(new PricingLineValidator(clock, discount, "units"));
        RuleFor(c => c).Must(c => c.AddsProduct || c.ConfigurationLines.Concat(c.ProductLines).Any(l => !l.Remove)).OverridePropertyName("")
            .WithMessage("A quote needs at least one line: reject or cancel it instead of removing every line.");
    }

    private sealed class PricingLineValidator : AbstractValidator<PricingLine>
    {
        public PricingLineValidator(TimeProvider clock, string discount, string units)
        {
            When(l => !l.Remove, () =>
            {
                RuleFor(l => l.Quantity).NotNull().WithMessage($"Give the number of {units}; to drop the line, tick Remove.")
                    .InclusiveBetween(1, Product.MaxOrderQuantity).WithMessage($"Between 1 and {Product.MaxOrderQuantity:N0} {units}; to drop the line, tick Remove.");
                RuleFor(l => l.DiscountPercent).InclusiveBetween(0m, DiscountAuthority.Max).WithMessage(discount);
                RuleFor(l => l.Quarter).Must(q => string.IsNullOrEmpty(q)
                        || (Quarter.TryParse(q, out var quarter) && quarter >= Quarter.Containing(clock.GetUtcNow().UtcDateTime)))
                    .WithMessage(QuarterRules.PastQuarter)
                    .WithinHorizon(clock);
            });
        }
    }
}
