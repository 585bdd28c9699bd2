using Portal.Domain.Catalog;
using Portal.Domain.Common;

namespace Portal.Domain.Quotes;

/// <summary>A product on a quote outside any rack: a service, spares, an extra switch.</summary>
[ShownOn(ShownOn.NoKeptPage)]
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
