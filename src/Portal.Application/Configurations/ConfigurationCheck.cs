using Portal.Domain.Catalog;
using Portal.Domain.Configurations;
using Portal.Domain.Organizations;

namespace Portal.Application.Configurations;

/// <summary>A request with its products and site looked up: what the rules judge.</summary>
public sealed record ConfigurationCheck(
    string? RackSku,
    Product? Rack,
    IReadOnlyList<ComponentCheck> Components,
    int RackCount,
    Site? Site,
    ConfigurationPolicy Policy)
{
    /// <summary>
    /// The racks came bare from a waitlist offer and sales completes them in review: the rule that asks for components
    /// (networking) waits until the quote is issued; every other rule applies.
    /// </summary>
    public bool ComponentsToComplete { get; init; }

    /// <summary>The configuration, once a base rack is chosen; components whose SKU is unknown are left out.</summary>
    public RackConfiguration? Configuration =>
        Rack?.Rack is null
            ? null
            : new RackConfiguration(Rack, Components.Where(c => c.Product is not null && c.Quantity > 0)
                .Select(c => new ComponentLine(c.Product!, c.Quantity)));
}

/// <summary>One component row as the buyer filled it in, with its product if the SKU is known.</summary>
public sealed record ComponentCheck(string Sku, Product? Product, int Quantity);
