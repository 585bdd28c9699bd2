using Portal.Domain.Catalog;
using Portal.Domain.Common;

namespace Portal.Domain.Configurations;

/// <summary>
/// A rack configuration the vendor's admins keep for customers to start from ("Trainium3 UltraServer, 18 sleds, CDU,
/// scale-out switch"): a rack product and its components per rack. Active ones are offered; a retired one is not.
/// </summary>
[ShownOn(ShownOn.Catalog)]
public sealed class StandardConfiguration : IRecordsEvents
{
    public const int NameMaxLength = 120;
    public const int DescriptionMaxLength = 400;

    private readonly List<StandardComponent> _components = [];
    private readonly List<IDomainEvent> _events = [];

    private StandardConfiguration()
    {
        Name = string.Empty;
        Description = string.Empty;
    }

    public StandardConfiguration(StandardConfigurationDetails details)
    {
        Name = string.Empty;
        Description = string.Empty;
        Set(details);
        Record(new StandardConfigurationCreated(this, details.Summary));
    }

    public int Id { get; private set; }
    public string Name { get; private set; }
    public string Description { get; private set; }
    public int RackProductId { get; private set; }
    public Product? Rack { get; private set; }
    public bool Retired { get; private set; }
    public IReadOnlyList<StandardComponent> Components => _components.AsReadOnly();

    /// <summary>Changes what it holds (loaded with its rack and components' products); a retired one is kept as it was retired.</summary>
    public void Change(StandardConfigurationDetails details)
    {
        EnsureActive();
        var before = StandardConfigurationDetails.Summarize(Name, Rack!, _components.Select(c => (c.Product!, c.Quantity)));
        Set(details);
        Record(new StandardConfigurationChanged(this, before, details.Summary));
    }

    /// <summary>Stops offering it; quotes started from it keep their racks.</summary>
    public void Retire()
    {
        EnsureActive();
        Retired = true;
        Record(new StandardConfigurationRetired(this));
    }

    /// <inheritdoc/>
    public bool HasEvents => _events.Count > 0;

    /// <inheritdoc/>
    public IReadOnlyList<IDomainEvent> TakeEvents()
    {
        var taken = _events.ToList();
        _events.Clear();
        return taken;
    }

    private void EnsureActive()
    {
        if (Retired)
        {
            throw new DomainException($"The standard configuration \"{Name}\" is retired and can no longer be changed.");
        }
    }

    /// <remarks>Only the product ids are set: the products given may belong to another unit of work.</remarks>
    private void Set(StandardConfigurationDetails details)
    {
        Name = details.Name.Trim();
        Description = details.Description.Trim();
        RackProductId = details.Rack.Id;
        _components.Clear();
        _components.AddRange(details.Components.Select(c => new StandardComponent(c.Product, c.Quantity)));
    }

    private void Record(StandardConfigurationEvent happened) => _events.Add(happened);
}

/// <summary>A component of a standard configuration and how many of it each rack holds.</summary>
[ShownOn(ShownOn.Catalog)]
public sealed class StandardComponent
{
    private StandardComponent()
    {
    }

    internal StandardComponent(Product product, int quantity)
    {
        ProductId = product.Id;
        Quantity = quantity;
    }

    public int Id { get; private set; }
    public int ProductId { get; private set; }
    public Product? Product { get; private set; }
    public int Quantity { get; private set; }
}

/// <summary>What an admin sets on a standard configuration; the rules it keeps are the configurator's, checked before.</summary>
public sealed record StandardConfigurationDetails(string Name, string Description, Product Rack, IReadOnlyList<(Product Product, int Quantity)> Components)
{
    /// <summary>The rack and its components as the audit log keeps them: "TRN3-ULTRA + 18 × TRN3-SLED, 1 × CDU-2".</summary>
    public string Summary => Summarize(Name, Rack, Components);

    public static string Summarize(string name, Product rack, IEnumerable<(Product Product, int Quantity)> components) =>
        $"{name.Trim()}: {rack.Sku}" + string.Concat(components.Select((c, i) => $"{(i == 0 ? " + " : ", ")}{c.Quantity} × {c.Product.Sku}"));
}
