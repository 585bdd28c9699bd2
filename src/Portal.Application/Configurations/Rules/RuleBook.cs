namespace Portal.Application.Configurations.Rules;

/// <summary>
/// The rules the vendor declares in its rules file, in the order it declares them: the one engine that judges a
/// configuration for the configurator, the API, submission, pricing and waitlist offers (through <see cref="ConfigurationRules"/>).
/// </summary>
public sealed record RuleBook(IReadOnlyList<DeclaredRule> Rules)
{

    /// <summary>Every declared rule the configuration breaks; none before a base rack is chosen.</summary>
    public IReadOnlyList<BrokenRule> Check(ConfigurationCheck check)
    {
        if (check.Configuration is not { } build)
        {
            return [];
        }
        var input = new RuleInput(check, build);
        var broken = new List<BrokenRule>();
        foreach (var rule in Rules)
        {
            rule.Check(input, broken);
        }
        return broken;
    }
}
