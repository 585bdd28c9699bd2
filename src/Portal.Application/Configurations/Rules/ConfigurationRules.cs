using FluentValidation;

namespace Portal.Application.Configurations.Rules;

/// <summary>Every rule a rack configuration must keep; the configurator, the live feedback and submission all use this one.</summary>
public sealed class ConfigurationRules : AbstractValidator<ConfigurationCheck>
{
    public ConfigurationRules()
    {
        Include(new RackRules());
        Include(new ComponentRules());
        Include(new CapacityRules());
        Include(new SiteRules());
    }
}
