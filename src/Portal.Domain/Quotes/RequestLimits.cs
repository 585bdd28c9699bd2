using Portal.Domain.Catalog;

namespace Portal.Domain.Quotes;

/// <summary>
/// How much one quote request may ask for, counted over the whole request, not line by line: of each product at most
/// its maximum per order (the racks of every configuration, the components times their racks and the loose products,
/// all together), in at most <see cref="MaxLines"/> lines. A draft built on the pages or in one API call, its
/// submission and sales' pricing are all judged by this one rule.
/// </summary>
public static class RequestLimits
{
    public const int MaxLines = 50;

    public static string TooManyLines =>
        $"A quote request holds at most {MaxLines} lines (rack configurations and products together); split the order into several requests.";

    public static string TooMany(Product product, long units) =>
        $"One request can hold at most {product.MaxQuantityPerOrder:N0} of {product.Name}; with all its lines this one asks for {units:N0}.";

    /// <summary>What the request breaks, each of its lines given as the units of each product it asks for.</summary>
    public static IEnumerable<string> Refusals(IReadOnlyCollection<IEnumerable<ProductUnits>> lines)
    {
        if (lines.Count > MaxLines)
        {
            yield return TooManyLines;
        }
        foreach (var asked in lines.SelectMany(l => l).GroupBy(u => u.Product.Id))
        {
            var (product, units) = (asked.First().Product, asked.Sum(u => u.Units));
            if (units > product.MaxQuantityPerOrder)
            {
                yield return TooMany(product, units);
            }
        }
    }

    /// <summary>What the quote, with its lines and their products loaded, breaks.</summary>
    public static IEnumerable<string> Refusals(Quote quote) => Refusals(LinesOf(quote).ToList());

    /// <summary>The quote's lines, less the configuration or the loose product a change is about to put back.</summary>
    public static IEnumerable<IEnumerable<ProductUnits>> LinesOf(Quote quote, int? exceptConfigurationId = null, int? exceptProductId = null) =>
        quote.Racks.Where(c => c.Id != exceptConfigurationId)
            .Select(c => Configuration(c.Rack!, c.Components.Select(x => (x.Product!, x.Quantity)), c.RackCount))
            .Concat(quote.Products.Where(p => p.ProductId != exceptProductId).Select(p => Loose(p.Product!, p.Quantity)));

    public static IEnumerable<ProductUnits> Configuration(Product rack, IEnumerable<(Product Product, int Quantity)> components, int rackCount) =>
        components.Select(c => new ProductUnits(c.Product, (long)c.Quantity * rackCount)).Prepend(new ProductUnits(rack, rackCount));

    public static IEnumerable<ProductUnits> Loose(Product product, long quantity) => [new ProductUnits(product, quantity)];
}

/// <summary>How many units of a product a line asks for.</summary>
public sealed record ProductUnits(Product Product, long Units);
