using FluentValidation;

namespace Portal.Application.Configurations.Rules;

/// <summary>
/// Every rule a rack configuration must keep: what the catalog itself says (a rack, components that exist, are
/// orderable and fit its units and power shelf) and the vendor's declared rules (<see cref="RuleBook"/>). The
/// configurator, the live feedback, the API, submission, pricing and waitlist offers all use this one.
/// </summary>
public sealed class ConfigurationRules : AbstractValidator<ConfigurationCheck>
{
    public ConfigurationRules(RuleBook book)
    {
        Include(new RackRules());
        Include(new ComponentRules());
        Include(new CapacityRules());
        Include(new DeclaredRules(book));
    }
}
