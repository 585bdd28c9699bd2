namespace Portal.Application.Configurations.Rules;

/// <summary>
/// A rule a vendor declares in its rules file (see <see cref="RuleBook"/>): its name, the line that declares it, the
/// racks it applies to and the message a buyer reads when a configuration breaks it.
/// </summary>
public abstract record DeclaredRule(RuleHeading Heading)
{
    /// <summary>The words each kind's message may use besides these.</summary>
    public static readonly string[] CommonKeys = ["rack", "racks", "fix"];

    public string Name => Heading.Name;

    public int Line => Heading.Line;

    public RackScope Scope => Heading.Scope;

    public MessageTemplate Message => Heading.Message;

    public abstract string Kind { get; }

    /// <summary>A rule that asks for components waits while sales completes bare racks from a waitlist offer.</summary>
    protected virtual bool AsksForComponents => true;

    public void Check(RuleInput input, List<BrokenRule> broken)
    {
        if (Scope.Applies(input.Build.Rack) && !(AsksForComponents && input.Check.ComponentsToComplete))
        {
            CheckRack(input, broken);
        }
    }

    protected abstract void CheckRack(RuleInput input, List<BrokenRule> broken);

    protected BrokenRule Broken(RuleInput input, string field, RuleFix? fix, params (string Key, RuleValue Value)[] values)
    {
        var all = new Dictionary<string, RuleValue>(values.Length + CommonKeys.Length)
        {
            ["rack"] = RuleValue.Of(input.Build.Rack.Name),
            ["racks"] = RuleValue.Of(input.RackCount),
            ["fix"] = RuleValue.Of(fix?.Description ?? string.Empty),
        };
        foreach (var (key, value) in values)
        {
            all[key] = value;
        }
        return new BrokenRule(Name, field, Message.Render(all), fix);
    }
}

/// <summary>What every declared rule has: its name, its line in the rules file, its racks and its message.</summary>
public sealed record RuleHeading(string Name, int Line, RackScope Scope, MessageTemplate Message);

/// <summary>The base racks a rule applies to: all of them, those of some SKUs, or those of a generation.</summary>
public sealed record RackScope(IReadOnlySet<string>? Skus, string? Generation)
{
    public static readonly RackScope Every = new(null, null);

    public bool Applies(Portal.Domain.Catalog.Product rack) =>
        (Skus is null || Skus.Contains(rack.Sku)) && (Generation is null || rack.Rack?.Generation == Generation);
}
