using FluentValidation;
using Portal.Application.Common;
using Portal.Domain.Catalog;
using Portal.Domain.Common;
using Portal.Domain.Compliance;

namespace Portal.Application.Catalog.UpdateProduct;

public sealed class UpdateProductValidator : AbstractValidator<UpdateProductCommand>
{
    private const string Between = "{PropertyName} is between {From} and {To}.";

    public UpdateProductValidator()
    {
        RuleFor(c => c.Name).PlainName(Product.NameMaxLength);
        RuleFor(c => c.Summary).MaximumLength(Product.SummaryMaxLength).WithMessage(TextRules.TooLong);
        RuleFor(c => c.Lifecycle).IsInEnum().WithMessage("Choose a lifecycle from the list.");
        RuleFor(c => c.ListPrice)
            .InclusiveBetween(0m, Money.ToMajor(Product.MaxListPriceMinorUnits)).WithName("List price").WithMessage(Between)
            .Must(p => decimal.Round(p, 2) == p).WithMessage("List price has at most two decimals.");
        RuleFor(c => c.LeadTimeWeeks).InclusiveBetween(0, Product.MaxLeadTimeWeeks).WithName("Lead time").WithMessage(Between);
        RuleFor(c => c.HeightU).InclusiveBetween(0, Product.MaxHeightU).WithName("Height").WithMessage(Between);
        RuleFor(c => c.PowerWatts).InclusiveBetween(0, Product.MaxPowerWatts).WithName("Power draw").WithMessage(Between);
        RuleFor(c => c.WeightKg).InclusiveBetween(0, Product.MaxWeightKg).WithName("Weight").WithMessage(Between);
        RuleFor(c => c.MaxQuantityPerOrder).InclusiveBetween(1, Product.MaxOrderQuantity).WithName("Maximum per order").WithMessage(Between);
        RuleFor(c => c.ExportClassification)
            .NotEmpty().WithMessage("Export classification is required: every product is classified before it is quoted.")
            .Must(ExportClassification.IsValid).WithMessage($"Export classification is {ExportClassification.Format}.");
    }
}
