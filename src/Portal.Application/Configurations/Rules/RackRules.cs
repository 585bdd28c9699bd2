using FluentValidation;
using Portal.Domain.Catalog;

namespace Portal.Application.Configurations.Rules;

/// <summary>The base rack exists, is a rack, and can be ordered; the rack count is within limits.</summary>
internal sealed class RackRules : AbstractValidator<ConfigurationCheck>
{
    public RackRules()
    {
        RuleFor(c => c.Rack).NotNull().OverridePropertyName("RackSku")
            .WithMessage(c => string.IsNullOrWhiteSpace(c.RackSku) ? "Choose a base rack." : $"There is no product {c.RackSku} in the catalog.");
        RuleFor(c => c.Rack!).Must(r => r.Rack is not null).OverridePropertyName("RackSku")
            .WithMessage(c => $"{c.Rack!.Name} is not a base rack.")
            .When(c => c.Rack is not null);
        RuleFor(c => c.Rack!).Must(r => r.Lifecycle != Lifecycle.EndOfLife).OverridePropertyName("RackSku")
            .WithMessage(c => Orderability.EndOfLife(c.Rack!))
            .When(c => c.Rack is not null);
        RuleFor(c => c.Rack!).Must(r => r.Lifecycle != Lifecycle.PreRelease).OverridePropertyName("RackSku")
            .WithMessage(c => Orderability.PreRelease(c.Rack!))
            .When(c => c.Rack is not null);
        RuleFor(c => c.RackCount).GreaterThanOrEqualTo(1).WithMessage("Ask for at least one rack.");
        RuleFor(c => c.RackCount).LessThanOrEqualTo(c => c.Rack!.MaxQuantityPerOrder)
            .WithMessage(c => $"One request can hold at most {c.Rack!.MaxQuantityPerOrder} {c.Rack.Name} racks.")
            .When(c => c.Rack is not null);
    }
}
