using Portal.Domain.Configurations;

namespace Portal.Application.Configurations.Rules;

/// <summary>A configuration as the declared rules judge it: the buyer's rows, and the rack built from them once.</summary>
public sealed record RuleInput(ConfigurationCheck Check, RackBuild Build)
{
    public int RackCount => Math.Max(1, Check.RackCount);

    /// <summary>How many of these products one rack holds.</summary>
    public int CountOf(IReadOnlySet<string> skus)
    {
        var count = 0;
        foreach (var component in Build.Components)
        {
            if (skus.Contains(component.Product.Sku))
            {
                count += component.Quantity;
            }
        }
        return count;
    }

    /// <summary>The first component in a rack that is one of these products, if any.</summary>
    public ComponentLine? FirstOf(IReadOnlySet<string> skus) => Build.Components.FirstOrDefault(c => skus.Contains(c.Product.Sku));
}
