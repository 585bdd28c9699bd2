using Portal.Domain.Common;

namespace Portal.Domain.Quotes;

/// <summary>Units of an allocation-limited product a quote holds in a quarter while it is issued or accepted.</summary>
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
}
