using Portal.Domain.Common;

namespace Portal.Domain.Catalog;

/// <summary>One line of a product's data sheet, such as "Accelerators: 64 × Trainium3".</summary>
[ShownOn(ShownOn.NoKeptPage)]
public sealed record ProductSpecification(string Label, string Value)
{
    public const int LabelMaxLength = 60;
    public const int ValueMaxLength = 200;
}
