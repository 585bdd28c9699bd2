using Portal.Domain.Catalog;
using Portal.Domain.Common;

namespace Portal.Domain.Quotes;

/// <summary>A line of a quote that is a configured rack: a base rack with its components, times a number of racks.</summary>
[ShownOn(ShownOn.NoKeptPage)]
public sealed class QuoteRack : QuoteLine
{
    private readonly List<QuoteComponent> _components = [];

    private QuoteRack()
    {
    }

    internal QuoteRack(Product rack, IEnumerable<(Product Product, int Quantity)> components, int rackCount) =>
        Replace(rack, components, rackCount);

    public int RackProductId { get; private set; }
    public Product? Rack { get; private set; }
    public int RackCount { get; private set; }
    public IReadOnlyList<QuoteComponent> Components => _components.AsReadOnly();

    internal override void ChangeQuantity(int quantity) => RackCount = quantity;

    /// <summary>Adds a component to each rack; one already in it gets the quantity added.</summary>
    internal void AddComponent(Product product, int quantity)
    {
        if (_components.FirstOrDefault(c => c.ProductId == product.Id) is { } existing)
        {
            existing.Add(quantity);
        }
        else
        {
            _components.Add(new QuoteComponent(product, quantity));
        }
    }

    /// <remarks>Only the product ids are set: the products a caller passes may belong to another unit of work.</remarks>
    internal void Replace(Product rack, IEnumerable<(Product Product, int Quantity)> components, int rackCount)
    {
        RackProductId = rack.Id;
        RackCount = rackCount;
        _components.Clear();
        _components.AddRange(components.Select(c => new QuoteComponent(c.Product, c.Quantity)));
    }
}

/// <summary>A component in each rack of a quote rack.</summary>
[ShownOn(ShownOn.NoKeptPage)]
public sealed class QuoteComponent
{
    private QuoteComponent()
    {
    }

    internal QuoteComponent(Product product, int quantity)
    {
        ProductId = product.Id;
        Quantity = quantity;
    }

    public int Id { get; private set; }
    public int ProductId { get; private set; }
    public Product? Product { get; private set; }
    public int Quantity { get; private set; }

    internal void Add(int quantity) => Quantity += quantity;
}
