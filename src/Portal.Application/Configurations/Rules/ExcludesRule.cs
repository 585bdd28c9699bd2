namespace Portal.Application.Configurations.Rules;

/// <summary>Some products never go into a rack with some others. Message keys: product, other.</summary>
public sealed record ExcludesRule(RuleHeading Heading, ProductSet Of, ProductSet With) : DeclaredRule(Heading)
{
    public static readonly string[] Keys = ["product", "other"];

    public override string Kind => "excludes";

    protected override bool AsksForComponents => false;

    protected override void CheckRack(RuleInput input, List<BrokenRule> broken)
    {
        if (input.FirstOf(Of.Skus) is { } present && input.FirstOf(With.Skus) is { } other)
        {
            var removed = With.Products.First(p => p.Sku == other.Product.Sku);
            broken.Add(Broken(input, "Components", new RuleFix(FixAction.Remove, removed, other.Quantity),
                ("product", RuleValue.Of(present.Product.Name)), ("other", RuleValue.Of(other.Product.Name))));
        }
    }
}
