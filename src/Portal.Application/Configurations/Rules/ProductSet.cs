namespace Portal.Application.Configurations.Rules;

/// <summary>The products a rule counts; the first is the one a fix adds.</summary>
public sealed record ProductSet(IReadOnlyList<ProductRef> Products)
{
    public IReadOnlySet<string> Skus { get; } = Products.Select(p => p.Sku).ToHashSet(StringComparer.Ordinal);

    public ProductRef First => Products[0];
}
