using Portal.Domain.Catalog;

namespace Portal.Domain.Quotes;

/// <summary>A product on a quote outside any rack: a service, spares, an extra switch.</summary>
public sealed class QuoteProductLine : QuoteLine
{
    private QuoteProductLine()
    {
    }

    internal QuoteProductLine(Product product, int quantity)
    {
        ProductId = product.Id;
        Quantity = quantity;
    }

    public int ProductId { get; private set; }
    public Product? Product { get; private set; }
    public int Quantity { get; private set; }

    internal void Add(int quantity) => Quantity += quantity;

    internal override void ChangeQuantity(int quantity) => Quantity = quantity;
}
