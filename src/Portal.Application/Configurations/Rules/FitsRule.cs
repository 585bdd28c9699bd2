using Portal.Domain.Catalog;

namespace Portal.Application.Configurations.Rules;

/// <summary>Each component fits the rack's generation (the generations its catalog entry lists). Message keys: product, generation, fits.</summary>
public sealed record FitsRule(RuleHeading Heading) : DeclaredRule(Heading)
{
    public static readonly string[] Keys = ["product", "generation", "fits"];

    public override string Kind => "fits";

    protected override bool AsksForComponents => false;

    protected override void CheckRack(RuleInput input, List<BrokenRule> broken)
    {
        var generation = input.Build.Specification.Generation;
        var components = input.Check.Components;
        for (var index = 0; index < components.Count; index++)
        {
            // A rack or a service in a component row is refused as not going into a rack at all (ComponentRules).
            if (components[index].Product is { Rack: null, Family: not ProductFamily.Service } product
                && !product.CompatibleGenerations.Contains(generation))
            {
                broken.Add(Broken(input, $"Components[{index}].Sku",
                    new RuleFix(FixAction.Remove, new ProductRef(product.Sku, product.Name), components[index].Quantity),
                    ("product", RuleValue.Of(product.Name)), ("generation", RuleValue.Of(generation)),
                    ("fits", RuleValue.Of(string.Join(", ", product.CompatibleGenerations)))));
            }
        }
    }
}
