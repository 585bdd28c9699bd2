using FluentValidation;
using Portal.Domain.Configurations;

namespace Portal.Application.Configurations.Rules;

/// <summary>The components fit the rack's units and its power shelf.</summary>
internal sealed class CapacityRules : AbstractValidator<ConfigurationCheck>
{
    public CapacityRules()
    {
        When(c => c.Configuration is not null, () =>
        {
            RuleFor(c => c.Configuration!).Must(c => c.UsedU <= c.Specification.CapacityU).OverridePropertyName("Components")
                .WithMessage(c => $"The components take {c.Configuration!.UsedU} U; the {c.Rack!.Name} has {c.Configuration.Specification.CapacityU} U.");
            RuleFor(c => c.Configuration!).Must(c => c.PowerWatts <= c.Specification.PowerLimitWatts).OverridePropertyName("Components")
                .WithMessage(c => $"One rack would draw {Kw(c.Configuration!.PowerWatts)}; the {c.Rack!.Name} supplies at most {Kw(c.Configuration.Specification.PowerLimitWatts)}.");
        });
    }

    private static string Kw(long watts) => $"{watts / 1000m:0.#} kW";
}
