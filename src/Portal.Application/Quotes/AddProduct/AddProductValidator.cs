using FluentValidation;
using Portal.Application.Configurations.Rules;
using Portal.Domain.Catalog;

namespace Portal.Application.Quotes.AddProduct;

/// <summary>The product a loose line names, looked up.</summary>
public sealed record ProductChoice(AddProductCommand Command, Product? Product);

/// <summary>A loose product must exist, be orderable and not be a rack (racks come from the configurator).</summary>
public sealed class AddProductValidator : AbstractValidator<ProductChoice>
{
    public AddProductValidator()
    {
        RuleFor(x => x.Product).NotNull().OverridePropertyName("Sku").WithMessage("Choose a product from the list.");
        When(x => x.Product is not null, () =>
        {
            RuleFor(x => x.Product!).Must(p => p.Rack is null).OverridePropertyName("Sku")
                .WithMessage(x => $"{x.Product!.Name} is a base rack: configure it in the configurator.");
            RuleFor(x => x.Product!).Must(p => p.IsOrderable).OverridePropertyName("Sku")
                .WithMessage(x => x.Product!.Lifecycle == Lifecycle.PreRelease
                    ? Orderability.PreRelease(x.Product)
                    : Orderability.EndOfLife(x.Product));
            RuleFor(x => x).Must(x => x.Command.Quantity >= 1 && x.Command.Quantity <= x.Product!.MaxQuantityPerOrder).OverridePropertyName("Quantity")
                .WithMessage(x => $"Order between 1 and {x.Product!.MaxQuantityPerOrder:N0} of {x.Product.Name}.");
        });
    }
}
