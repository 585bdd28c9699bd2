namespace Portal.Application.Configurations.Rules;

/// <summary>
/// How many of some products a rack takes: one of the allowed counts ("16 or 18 sleds"), or between a minimum and a
/// maximum. Message keys: has, allowed, product.
/// </summary>
public sealed class CountRule(RuleHeading heading, ProductSet of, IReadOnlyList<int> allowed, int min, int max) : DeclaredRule(heading)
{
    public static readonly string[] Keys = ["has", "allowed", "product"];

    public override string Kind => "count";

    /// <summary>"16 or 18", "between 2 and 8", "at least 2", "at most 8".</summary>
    public string Allowed => allowed.Count > 0
        ? allowed.Count == 1 ? $"{allowed[0]}" : $"{string.Join(", ", allowed.Take(allowed.Count - 1))} or {allowed[^1]}"
        : max == int.MaxValue ? $"at least {min}" : min == 0 ? $"at most {max}" : $"between {min} and {max}";

    protected override void CheckRack(RuleInput input, List<BrokenRule> broken)
    {
        var has = input.CountOf(of.Skus);
        if (IsAllowed(has))
        {
            return;
        }
        var target = Nearest(has);
        var product = input.FirstOf(of.Skus) is { } line ? of.Products.First(p => p.Sku == line.Product.Sku) : of.First;
        var others = has - (input.FirstOf(of.Skus)?.Quantity ?? 0);
        broken.Add(Broken(input, "Components", target - others > 0 ? new RuleFix(FixAction.SetCount, product, target - others) : null,
            ("has", RuleValue.Of(has)), ("allowed", RuleValue.Of(Allowed)), ("product", RuleValue.Of(of.First.Name))));
    }

    public bool IsAllowed(int count) => allowed.Count > 0 ? allowed.Contains(count) : count >= min && count <= max;

    /// <summary>The allowed count closest to what the rack has, the larger of two as close.</summary>
    private int Nearest(int has) => allowed.Count > 0
        ? allowed.OrderBy(a => Math.Abs(a - has)).ThenByDescending(a => a).First()
        : Math.Clamp(has, min, max);
}
