namespace Portal.Application.Configurations.Rules;

/// <summary>
/// How many of some products a rack takes: one of the allowed counts ("16 or 18 sleds"), or between a minimum and a
/// maximum. Message keys: has, allowed, product.
/// </summary>
public sealed record CountRule(RuleHeading Heading, ProductSet Of, IReadOnlyList<int> AllowedCounts, int Min, int Max) : DeclaredRule(Heading)
{
    public static readonly string[] Keys = ["has", "allowed", "product"];

    public override string Kind => "count";

    /// <summary>"16 or 18", "between 2 and 8", "at least 2", "at most 8".</summary>
    public string Allowed => AllowedCounts.Count > 0
        ? AllowedCounts.Count == 1 ? $"{AllowedCounts[0]}" : $"{string.Join(", ", AllowedCounts.Take(AllowedCounts.Count - 1))} or {AllowedCounts[^1]}"
        : Max == int.MaxValue ? $"at least {Min}" : Min == 0 ? $"at most {Max}" : $"between {Min} and {Max}";

    protected override void CheckRack(RuleInput input, List<BrokenRule> broken)
    {
        var has = input.CountOf(Of.Skus);
        if (IsAllowed(has))
        {
            return;
        }
        var target = Nearest(has);
        var product = input.FirstOf(Of.Skus) is { } line ? Of.Products.First(p => p.Sku == line.Product.Sku) : Of.First;
        var others = has - (input.FirstOf(Of.Skus)?.Quantity ?? 0);
        broken.Add(Broken(input, "Components", target - others > 0 ? new RuleFix(FixAction.SetCount, product, target - others) : null,
            ("has", RuleValue.Of(has)), ("allowed", RuleValue.Of(Allowed)), ("product", RuleValue.Of(Of.First.Name))));
    }

    public bool IsAllowed(int count) => AllowedCounts.Count > 0 ? AllowedCounts.Contains(count) : count >= Min && count <= Max;

    /// <summary>The allowed count closest to what the rack has, the larger of two as close.</summary>
    private int Nearest(int has) => AllowedCounts.Count > 0
        ? AllowedCounts.OrderBy(a => Math.Abs(a - has)).ThenByDescending(a => a).First()
        : Math.Clamp(has, Min, Max);
}
