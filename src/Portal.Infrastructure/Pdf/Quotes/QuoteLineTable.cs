using PdfSharp.Drawing;
using Portal.Application.Configurations;
using Portal.Application.Quotes.Documents;
using Portal.Infrastructure.Pdf.Layout;

namespace Portal.Infrastructure.Pdf.Quotes;

/// <summary>
/// The quote's lines: per configuration and for services, each product (with its export classification) with its
/// quantity, price, discount, amount and supply quarter, a subtotal per group, then the volume discount, the total and the deposit due.
/// </summary>
internal static class QuoteLineTable
{
    /// <summary>Widths in points (A4 between margins), sized for 8-point text: amounts up to ten billion dollars on one line.</summary>
    public static readonly IReadOnlyList<TableColumn> Columns =
    [
        new("SKU", 84),
        new("Description", 121),
        new("Qty", 28, XStringAlignment.Far),
        new("Unit price", 72, XStringAlignment.Far),
        new("Discount", 48, XStringAlignment.Far),
        new("Amount", 100, XStringAlignment.Far),
        new("Quarter", 42, XStringAlignment.Far),
    ];

    public static IEnumerable<TableRow> Rows(QuoteDocument document)
    {
        var price = document.Price;
        foreach (var (configuration, index) in price.Racks.Select((c, i) => (c, i + 1)))
        {
            yield return TableRow.Section(QuoteDocument.ConfigurationTitle(index, configuration));
            foreach (var line in configuration.Lines)
            {
                yield return Line(document, line);
            }
            yield return Subtotal($"Subtotal, configuration {index}", configuration.Subtotal);
        }
        if (price.Products.Count > 0)
        {
            yield return TableRow.Section(QuoteDocument.ProductsTitle);
            foreach (var line in price.Products)
            {
                yield return Line(document, line);
            }
            yield return Subtotal("Subtotal, services and other products", price.ProductsSubtotal);
        }
        var summary = document.Summary;
        if (summary.ListTotal != summary.Total)
        {
            yield return Subtotal("Total at list price", summary.ListTotal);
        }
        if (summary.VolumeDiscount.MinorUnits > 0)
        {
            yield return Subtotal($"Volume discount, {PdfFormat.Percent(price.Tier.DiscountPercent)} for {price.RackCount} racks (in the lines above)", PdfFormat.Minus(summary.VolumeDiscount));
        }
        if (summary.SalesDiscount.MinorUnits > 0)
        {
            yield return Subtotal("Sales discount (in the lines above)", PdfFormat.Minus(summary.SalesDiscount));
        }
        yield return Subtotal($"Total ({document.Vendor.Currency})", summary.Total);
        yield return Subtotal($"Deposit due on acceptance, {PdfFormat.Percent(document.DepositPercent)} of the total", document.Deposit);
    }

    private static TableRow Line(QuoteDocument document, ProductPrice line)
    {
        var priced = line.Line;
        var discounts = new[] { priced.VolumeDiscountPercent, priced.SalesDiscountPercent }.Where(p => p > 0).Select(PdfFormat.Percent);
        return TableRow.Line(
            line.Product.Sku,
            line.Product.ExportClassification is { } classification ? $"{line.Product.Name} (ECCN {classification})" : line.Product.Name,
            PdfFormat.Number(priced.Quantity),
            PdfFormat.Amount(priced.UnitPrice),
            string.Join(" + ", discounts),
            PdfFormat.Amount(priced.Amount),
            line.Quarter?.ToString() ?? "");
    }

    private static TableRow Subtotal(string label, Domain.Common.Money amount) => Subtotal(label, PdfFormat.Amount(amount));

    /// <summary>A total: its label across SKU to discount, its figure under the amounts.</summary>
    private static TableRow Subtotal(string label, string figure) => TableRow.Total(label, 5, figure, "");
}
