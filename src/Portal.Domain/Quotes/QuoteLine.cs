using Portal.Domain.Common;

namespace Portal.Domain.Quotes;

/// <summary>
/// What a line of a quote (a rack configuration or a loose product) carries beyond its contents once sales prices it:
/// its own sales discount and its own delivery quarter, each falling back to the quote's when not set.
/// </summary>
public abstract class QuoteLine
{
    public int Id { get; private set; }
    public int QuoteId { get; private set; }

    /// <summary>This line's sales discount in percent; null when the quote's discount applies.</summary>
    public decimal? DiscountPercent { get; private set; }

    /// <summary>The quarter whose supply this line draws on; null when it is the quote's requested quarter.</summary>
    public Quarter? DeliveryQuarter { get; private set; }

    internal void SetTerms(decimal? discountPercent, Quarter? deliveryQuarter)
    {
        DiscountPercent = discountPercent;
        DeliveryQuarter = deliveryQuarter;
    }

    internal abstract void ChangeQuantity(int quantity);
}
