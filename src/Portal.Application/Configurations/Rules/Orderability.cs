using Portal.Domain.Catalog;

namespace Portal.Application.Configurations.Rules;

/// <summary>The buyer-facing reasons a product cannot go into a quote request.</summary>
internal static class Orderability
{
    public static string EndOfLife(Product product) =>
        $"{product.Name} is end of life and can no longer be ordered.";

    public static string PreRelease(Product product) =>
        $"{product.Name} is pre-release and can only be reserved: join its reservation list from the product page.";
}
