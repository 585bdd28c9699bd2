using Portal.Domain.Common;
using Portal.Domain.Compliance;

namespace Portal.Domain.Catalog;

/// <summary>An item of the vendor's catalog: a base rack, a component that goes into one, or a service.</summary>
[ShownOn(ShownOn.Catalog | ShownOn.Waitlists)]
public sealed class Product
{
    public const int SkuMaxLength = 40;
    public const int NameMaxLength = 120;
    public const int SummaryMaxLength = 2000;
    public const int MaxLeadTimeWeeks = 104;
    public const int MaxHeightU = 60;
    public const int MaxPowerWatts = 500_000;
    public const int MaxWeightKg = 10_000;
    public const int MaxOrderQuantity = 10_000;
    public const long MaxListPriceMinorUnits = 100_000_000_000; // one billion in major units

    private readonly List<ProductSpecification> _specifications = [];
    private readonly List<string> _compatibleGenerations = [];

    private Product()
    {
        Sku = string.Empty;
        Name = string.Empty;
        Summary = string.Empty;
        Currency = string.Empty;
    }

    public Product(string sku, ProductFamily family, ProductDetails details, RackSpecification? rack,
        IEnumerable<string> compatibleGenerations, IEnumerable<ProductSpecification> specifications)
        : this()
    {
        Sku = NormalizeSku(sku);
        Family = family;
        Rack = rack;
        _compatibleGenerations.AddRange(compatibleGenerations);
        _specifications.AddRange(specifications);
        Update(details);
    }

    public int Id { get; private set; }
    public string Sku { get; private set; }
    public ProductFamily Family { get; private set; }
    public string Name { get; private set; }
    public string Summary { get; private set; }
    public Lifecycle Lifecycle { get; private set; }
    public long ListPriceMinorUnits { get; private set; }
    public string Currency { get; private set; }
    public int LeadTimeWeeks { get; private set; }
    public int HeightU { get; private set; }
    public int PowerWatts { get; private set; }
    public int WeightKg { get; private set; }
    public int MaxQuantityPerOrder { get; private set; }

    /// <summary>
    /// The first quarter the product can be delivered in when ordered now: the quarter its lead time ends in. The one
    /// rule behind the catalog's availability, the configurator's outlook, the delivery quarters offered, submission
    /// and waitlist offers.
    /// </summary>
    public Quarter EarliestDelivery(DateTime now) => Quarter.Containing(now.AddDays(LeadTimeWeeks * 7));

    /// <summary>The first quarter every one of the products can be delivered in (the current one when there are none).</summary>
    public static Quarter EarliestDelivery(IEnumerable<Product> products, DateTime now) =>
        products.Select(p => p.EarliestDelivery(now)).DefaultIfEmpty(Quarter.Containing(now)).Max();

    /// <summary>The most units one waitlist entry may wait for (the catalog file's, else the order limit).</summary>
    public int MaxWaitlistQuantity => WaitlistLimit ?? MaxQuantityPerOrder;

    /// <summary>The catalog file's limit per waitlist entry, when it sets one.</summary>
    public int? WaitlistLimit { get; private set; }

    /// <summary>Customers may queue for it: its supply is allocated quarter by quarter.</summary>
    public bool HasWaitlist => Lifecycle == Lifecycle.AllocationLimited;

    /// <summary>The refundable deposit per unit that secures a reservation of this pre-release product; null when it takes none.</summary>
    public long? ReservationDepositMinorUnits { get; private set; }

    public Money? ReservationDeposit => ReservationDepositMinorUnits is { } minor ? new Money(minor, Currency) : null;

    /// <summary>Customers may reserve it: it is not released yet and the vendor takes reservations for it.</summary>
    public bool TakesReservations => Lifecycle == Lifecycle.PreRelease && ReservationDepositMinorUnits is not null;

    /// <summary>Set for base racks only: the generation, space and power the rack offers.</summary>
    public RackSpecification? Rack { get; private set; }

    /// <summary>The rack generations this component fits; empty for racks and services.</summary>
    public IReadOnlyList<string> CompatibleGenerations => _compatibleGenerations.AsReadOnly();

    public IReadOnlyList<ProductSpecification> Specifications => _specifications.AsReadOnly();

    /// <summary>Its export classification (see <see cref="Compliance.ExportClassification"/>); null until someone classifies it.</summary>
    public string? ExportClassification { get; private set; }

    public Money ListPrice => new(ListPriceMinorUnits, Currency);

    /// <summary>SKUs are stored trimmed and upper-case; look them up the same way.</summary>
    public static string NormalizeSku(string? sku) => (sku ?? string.Empty).Trim().ToUpperInvariant();

    public bool IsOrderable => Lifecycle is Lifecycle.Available or Lifecycle.AllocationLimited;

    public ProductDetails Details =>
        new(Name, Summary, Lifecycle, ListPrice, LeadTimeWeeks, HeightU, PowerWatts, WeightKg, MaxQuantityPerOrder);

    public void SetReservationDeposit(Money? perUnit)
    {
        if (perUnit is { } deposit && (deposit.MinorUnits <= 0 || deposit.Currency != Currency))
        {
            throw new DomainException($"A reservation deposit is a positive amount in {Currency}.");
        }
        ReservationDepositMinorUnits = perUnit?.MinorUnits;
    }

    public void Classify(string classification)
    {
        if (!Compliance.ExportClassification.IsValid(classification))
        {
            throw new DomainException($"An export classification is {Compliance.ExportClassification.Format}.");
        }
        ExportClassification = Compliance.ExportClassification.Normalize(classification);
    }

    public void LimitWaitlist(int? units)
    {
        if (units is < 1)
        {
            throw new DomainException("A waitlist entry must be allowed at least one unit.");
        }
        WaitlistLimit = units;
    }

    public void Update(ProductDetails details)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(details.ListPrice.MinorUnits);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(details.MaxQuantityPerOrder);
        Name = details.Name.Trim();
        Summary = details.Summary.Trim();
        Lifecycle = details.Lifecycle;
        ListPriceMinorUnits = details.ListPrice.MinorUnits;
        Currency = details.ListPrice.Currency;
        LeadTimeWeeks = details.LeadTimeWeeks;
        HeightU = details.HeightU;
        PowerWatts = details.PowerWatts;
        WeightKg = details.WeightKg;
        MaxQuantityPerOrder = details.MaxQuantityPerOrder;
    }
}
