using FluentValidation;
using Portal.Domain.Organizations;

namespace Portal.Application.Configurations.Rules;

/// <summary>The chosen site has the power for all the racks, and liquid cooling where a rack needs it.</summary>
internal sealed class SiteRules : AbstractValidator<ConfigurationCheck>
{
    public SiteRules()
    {
        When(c => c.Configuration is not null && c.Site is not null && c.RackCount > 0, () =>
        {
            RuleFor(c => c).Must(c => TotalWatts(c) <= c.Site!.PowerAvailableKw * 1000L).OverridePropertyName("SiteId")
                .WithMessage(c => $"{Wording.Racks(c.RackCount)} {Wording.Verb(c.RackCount, "draws", "draw")} {TotalWatts(c) / 1000m:N0} kW; {c.Site!.Name} has {c.Site.PowerAvailableKw:N0} kW available.");
            RuleFor(c => c).Must(c => c.Configuration!.CoolingNeeded == CoolingType.Air || c.Site!.Cooling == CoolingType.Liquid)
                .OverridePropertyName("SiteId")
                .WithMessage(c => $"Each rack draws {c.Configuration!.PowerWatts / 1000m:0.#} kW, above the {c.Configuration.Specification.AirCoolingLimitWatts / 1000m:0.#} kW " +
                    $"that air can cool: it needs liquid cooling, and {c.Site!.Name} is air-cooled.");
        });
    }

    private static long TotalWatts(ConfigurationCheck check) => check.Configuration!.PowerWatts * check.RackCount;
}
