using FluentValidation;
using Portal.Application.Common;
using Portal.Domain.Catalog;
using Portal.Domain.Common;
using Portal.Domain.Pricing;
using Portal.Domain.Quotes;

namespace Portal.Application.Quotes.Price;

/// <summary>Sales' pricing within what the rules allow: the discount authority, the validity, each line's quantity and quarter.</summary>
public sealed class PriceQuoteValidator : AbstractValidator<PriceQuoteCommand>
{
    public PriceQuoteValidator(TimeProvider clock, Configurations.ConfigurationPolicy policy)
    {
        var discount = DiscountAuthority.OutOfRange;
        var addQuantity = $"Add between 1 and {policy.MaxComponentQuantityPerRack} of the component to each rack.";
        RuleFor(c => c.DiscountPercent).NotNull().WithMessage("Give the discount for the whole quote: 0 for none.")
            .InclusiveBetween(0m, DiscountAuthority.Max).WithMessage(discount);
        RuleFor(c => c.ValidityDays).NotNull().WithMessage("Give the number of days the quote is valid.")
            .InclusiveBetween(QuoteRepricing.MinValidityDays, QuoteRepricing.MaxValidityDays)
            .WithMessage(QuoteRepricing.ValidityOutOfRange);
        RuleForEach(c => c.Configurations).SetValidator(new PricingLineValidator(clock, discount, "racks"));
        RuleForEach(c => c.Configurations).ChildRules(line => line.RuleFor(l => l.AddQuantity).NotNull().WithMessage(addQuantity)
            .InclusiveBetween(1, policy.MaxComponentQuantityPerRack).WithMessage(addQuantity).When(l => l.AddsComponent));
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
