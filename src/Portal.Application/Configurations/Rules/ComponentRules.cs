using FluentValidation;
using Portal.Domain.Catalog;

namespace Portal.Application.Configurations.Rules;

/// <summary>Each component exists, goes into a rack, can be ordered, in a sensible quantity (whether it fits the rack is declared: <see cref="FitsRule"/>).</summary>
internal sealed class ComponentRules : AbstractValidator<ConfigurationCheck>
{
    public ComponentRules()
    {
        // Failures name the row's field ("Sku", "Quantity"); FluentValidation puts "Components[i]." before it.
        RuleForEach(c => c.Components).Custom((component, context) =>
        {
            var check = context.InstanceToValidate;
            var product = component.Product;
            if (product is null)
            {
                context.AddFailure("Sku", $"There is no product {component.Sku} in the catalog.");
                return;
            }
            if (product.Rack is not null || product.Family == ProductFamily.Service)
            {
                context.AddFailure("Sku", $"{product.Name} does not go into a rack; add it to the request as a separate line.");
            }
            if (product.Lifecycle == Lifecycle.EndOfLife)
            {
                context.AddFailure("Sku", Orderability.EndOfLife(product));
            }
            else if (product.Lifecycle == Lifecycle.PreRelease)
            {
                context.AddFailure("Sku", Orderability.PreRelease(product));
            }
            if (component.Quantity < 1 || component.Quantity > check.Policy.MaxComponentQuantityPerRack)
            {
                context.AddFailure("Quantity",
                    $"Put between 1 and {check.Policy.MaxComponentQuantityPerRack} of {product.Name} in a rack.");
            }
            else if ((long)component.Quantity * Math.Max(1, check.RackCount) > product.MaxQuantityPerOrder)
            {
                context.AddFailure("Quantity",
                    $"One request can hold at most {product.MaxQuantityPerOrder:N0} of {product.Name}; " +
                    $"{component.Quantity} per rack × {check.RackCount} racks is {component.Quantity * (long)check.RackCount:N0}.");
            }
        });
        RuleFor(c => c.Components)
            .Must(components => components.Select(c => c.Sku).Distinct(StringComparer.OrdinalIgnoreCase).Count() == components.Count)
            .WithMessage("A component is listed twice; put the whole quantity on one row.");
    }
}
