using Portal.Domain.Common;

namespace Portal.Domain.Catalog;

/// <summary>The units of an allocation-limited product available in one quarter, and how many are spoken for.</summary>
[ShownOn(ShownOn.Catalog | ShownOn.Waitlists)]
public sealed class Allocation
{
    public const int MaxSupply = 1_000_000;

    private Allocation()
    {
    }

    public Allocation(int productId, Quarter quarter, int supply)
    {
        ProductId = productId;
        Quarter = quarter;
        SetSupply(supply);
    }

    public int Id { get; private set; }
    public int ProductId { get; private set; }
    public Quarter Quarter { get; private set; }
    public int Supply { get; private set; }

    /// <summary>Units held by issued quotes for their validity, by requests made from waitlist offers, and by open waitlist offers.</summary>
    public int Held { get; private set; }

    /// <summary>Units committed by paid deposits.</summary>
    public int Committed { get; private set; }

    public int Free => Supply - Held - Committed;

    public void SetSupply(int supply)
    {
        if (supply < 0 || supply > MaxSupply)
        {
            throw new DomainException($"Supply must be between 0 and {MaxSupply:N0} units.");
        }
        if (supply < Held + Committed)
        {
            throw new DomainException(
                $"Supply for {Quarter} cannot drop below the {Held + Committed} units already held or committed.");
        }
        Supply = supply;
    }

    /// <summary>Records units taken before the portal existed (demo data and imports).</summary>
    public void RecordCommitted(int units)
    {
        if (units < 0 || Held + Committed + units > Supply)
        {
            throw new DomainException($"Only {Free} units are free in {Quarter}.");
        }
        Committed += units;
    }
}
