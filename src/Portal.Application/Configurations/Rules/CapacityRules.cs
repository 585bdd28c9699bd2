using FluentValidation;
using Portal.Domain.Catalog;
using Portal.Domain.Configurations;

namespace Portal.Application.Configurations.Rules;

/// <summary>The components fit the rack's units and its power shelf, and there is enough networking for the racks.</summary>
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
            RuleFor(c => c).Must(HaveEnoughNetworking).When(c => !c.ComponentsToComplete).OverridePropertyName("Components")
                .WithMessage(c => $"{Wording.Racks(c.RackCount)} {Wording.Verb(c.RackCount, "needs", "need")} at least {SwitchesNeeded(c)} network switch{(SwitchesNeeded(c) == 1 ? "" : "es")} " +
                    $"(one per {c.Policy.RacksPerNetworkSwitch} racks); add a switch to the configuration.");
        });
    }

    private static string Kw(long watts) => $"{watts / 1000m:0.#} kW";

    private static long SwitchesNeeded(ConfigurationCheck check) =>
        (Math.Max(1L, check.RackCount) + check.Policy.RacksPerNetworkSwitch - 1) / check.Policy.RacksPerNetworkSwitch;

    private static bool HaveEnoughNetworking(ConfigurationCheck check)
    {
        var perRack = check.Configuration!.Components.Where(c => c.Product.Family == ProductFamily.NetworkSwitch).Sum(c => c.Quantity);
        return (long)perRack * check.RackCount >= SwitchesNeeded(check);
    }
}
