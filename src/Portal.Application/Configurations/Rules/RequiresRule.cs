namespace Portal.Application.Configurations.Rules;

/// <summary>
/// A rack needs at least <c>PerRack</c> of some products, or the configuration needs one of them for every
/// <c>PerRacks</c> racks ("one scale-out switch per four racks"). Message keys: needed, has, per, product.
/// </summary>
public sealed record RequiresRule(RuleHeading Heading, ProductSet Of, int PerRack, int PerRacks) : DeclaredRule(Heading)
{
    public static readonly string[] Keys = ["needed", "has", "per", "product"];

    public override string Kind => "requires";

    protected override void CheckRack(RuleInput input, List<BrokenRule> broken)
    {
        var inRack = input.CountOf(Of.Skus);
        var (needed, has, addPerRack) = PerRacks > 0
            ? Spread(input.RackCount, inRack)
            : (PerRack, inRack, PerRack - inRack);
        if (has < needed)
        {
            broken.Add(Broken(input, "Components", new RuleFix(FixAction.Add, Of.First, addPerRack),
                ("needed", RuleValue.Of(needed)), ("has", RuleValue.Of(has)), ("per", RuleValue.Of(PerRacks > 0 ? PerRacks : PerRack)),
                ("product", RuleValue.Of(Of.First.Name))));
        }
    }

    /// <summary>One per <c>PerRacks</c> racks, counted over all the racks; the fix adds to each rack what makes up the gap.</summary>
    private (long Needed, long Has, int AddPerRack) Spread(int racks, int inRack)
    {
        var needed = (racks + (long)PerRacks - 1) / PerRacks;
        var has = (long)inRack * racks;
        return (needed, has, (int)((needed - has + racks - 1) / racks));
    }
}
