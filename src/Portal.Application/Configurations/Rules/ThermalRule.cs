namespace Portal.Application.Configurations.Rules;

/// <summary>
/// Above <c>AboveKw</c> of load a rack needs a cooling product: one (a rear-door heat exchanger), or one for every
/// started <c>KwEach</c> of its load (coolant distribution units sized for it). Message keys: kw, above, needed, has, product.
/// </summary>
public sealed record ThermalRule(RuleHeading Heading, ProductSet Needs, int AboveKw, int KwEach) : DeclaredRule(Heading)
{
    public static readonly string[] Keys = ["kw", "above", "needed", "has", "product"];

    public override string Kind => "thermal";

    protected override void CheckRack(RuleInput input, List<BrokenRule> broken)
    {
        var watts = input.Build.PowerWatts;
        if (watts <= AboveKw * 1000L)
        {
            return;
        }
        var needed = KwEach > 0 ? (int)((watts + KwEach * 1000L - 1) / (KwEach * 1000L)) : 1;
        var has = input.CountOf(Needs.Skus);
        if (has < needed)
        {
            broken.Add(Broken(input, "Components", new RuleFix(FixAction.Add, Needs.First, needed - has),
                ("kw", RuleValue.Kw(watts)), ("above", RuleValue.Of(AboveKw)), ("needed", RuleValue.Of(needed)),
                ("has", RuleValue.Of(has)), ("product", RuleValue.Of(Needs.First.Name))));
        }
    }
}
