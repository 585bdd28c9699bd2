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

    /// <summary>
    /// The configuration, once a base rack is chosen; components whose SKU is unknown or whose quantity is beyond the
    /// per-rack limit are left out (their rows carry the message), so no figure is worked out from an absurd count.
    /// </summary>
    public RackBuild? Configuration =>
        Rack?.Rack is null
            ? null
            : new RackBuild(Rack, Components.Where(c => c.Product is not null && c.Quantity >= 1 && c.Quantity <= Policy.MaxComponentQuantityPerRack)
                .Select(c => new ComponentLine(c.Product!, c.Quantity)));

    /// <summary>Whether one request may hold this many racks, so that they can be priced and their supply looked up.</summary>
    public bool HasOrderableRackCount => Rack is not null && RackCount >= 1 && RackCount <= Rack.MaxQuantityPerOrder;
}

/// <summary>One component row as the buyer filled it in, with its product if the SKU is known.</summary>
public sealed record ComponentCheck(string Sku, Product? Product, int Quantity);
