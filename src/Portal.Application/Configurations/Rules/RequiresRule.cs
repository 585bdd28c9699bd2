namespace Portal.Application.Configurations.Rules;

/// <summary>
/// A rack needs at least <c>PerRack</c> of some products, or the configuration needs one of them for every
/// <c>PerRacks</c> racks ("one scale-out switch per four racks"). Message keys: needed, has, per, product.
/// </summary>
public sealed class RequiresRule(RuleHeading heading, ProductSet of, int perRack, int perRacks) : DeclaredRule(heading)
{
    public static readonly string[] Keys = ["needed", "has", "per", "product"];

    public override string Kind => "requires";

    protected override void CheckRack(RuleInput input, List<BrokenRule> broken)
    {
        var inRack = input.CountOf(of.Skus);
        var (needed, has, addPerRack) = perRacks > 0
            ? Spread(input.RackCount, inRack)
            : (perRack, inRack, perRack - inRack);
        if (has < needed)
        {
            broken.Add(Broken(input, "Components", new RuleFix(FixAction.Add, of.First, addPerRack),
                ("needed", RuleValue.Of(needed)), ("has", RuleValue.Of(has)), ("per", RuleValue.Of(perRacks > 0 ? perRacks : perRack)),
                ("product", RuleValue.Of(of.First.Name))));
        }
    }

    /// <summary>One per <c>perRacks</c> racks, counted over all the racks; the fix adds to each rack what makes up the gap.</summary>
    private (long Needed, long Has, int AddPerRack) Spread(int racks, int inRack)
    {
        var needed = (racks + (long)perRacks - 1) / perRacks;
        var has = (long)inRack * racks;
        return (needed, has, (int)((needed - has + racks - 1) / racks));
    }
}
