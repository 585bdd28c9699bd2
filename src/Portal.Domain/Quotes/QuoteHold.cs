using Portal.Domain.Common;

namespace Portal.Domain.Quotes;

/// <summary>
/// Units of an allocation-limited product a quote holds in a quarter while it is issued or accepted, committed once its
/// deposit is paid.
/// </summary>
// Holds change free supply through direct updates; their own rows come and go in the same transaction.
[ShownOn(ShownOn.Catalog | ShownOn.Waitlists)]
public sealed class QuoteHold
{
    private QuoteHold()
    {
    }

    public QuoteHold(int quoteId, int productId, Quarter quarter, int units)
    {
        QuoteId = quoteId;
        ProductId = productId;
        Quarter = quarter;
        Units = units;
    }

    public int Id { get; private set; }
    public int QuoteId { get; private set; }
    public int ProductId { get; private set; }
    public Quarter Quarter { get; private set; }
    public int Units { get; private set; }

    /// <summary>The deposit is paid: the units count as committed in the allocation, no longer held.</summary>
    public bool IsCommitted { get; private set; }
}
