namespace Portal.Application.Configurations.Rules;

/// <summary>
/// Above <c>AboveKw</c> of load a rack needs a cooling product: one (a rear-door heat exchanger), or one for every
/// started <c>KwEach</c> of its load (coolant distribution units sized for it). Message keys: kw, above, needed, has, product.
/// </summary>
public sealed class ThermalRule(RuleHeading heading, ProductSet needs, int aboveKw, int kwEach) : DeclaredRule(heading)
{
    public static readonly string[] Keys = ["kw", "above", "needed", "has", "product"];

    public override string Kind => "thermal";

    protected override void CheckRack(RuleInput input, List<BrokenRule> broken)
    {
        var watts = input.Build.PowerWatts;
        if (watts <= aboveKw * 1000L)
        {
            return;
        }
        var needed = kwEach > 0 ? (int)((watts + kwEach * 1000L - 1) / (kwEach * 1000L)) : 1;
        var has = input.CountOf(needs.Skus);
        if (has < needed)
        {
            broken.Add(Broken(input, "Components", new RuleFix(FixAction.Add, needs.First, needed - has),
                ("kw", RuleValue.Kw(watts)), ("above", RuleValue.Of(aboveKw)), ("needed", RuleValue.Of(needed)),
                ("has", RuleValue.Of(has)), ("product", RuleValue.Of(needs.First.Name))));
        }
    }
}
