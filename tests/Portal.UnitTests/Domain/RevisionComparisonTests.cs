using Portal.Domain.Common;
using Portal.Domain.Quotes;
using Portal.UnitTests.Builders;

namespace Portal.UnitTests.Domain;

/// <summary>Two issued revisions compared line by line: the same SKU in the same group is the same line.</summary>
public sealed class RevisionComparisonTests
{
    private static readonly Quarter Q1 = new(2027, 1);

    private static QuoteRevisionLine Line(string group, string sku, int quantity, long unitPrice, decimal salesDiscount = 0m, Quarter? quarter = null) =>
        new(group, $"{group} title", sku, $"{sku} name", quantity, new Money(unitPrice, "USD"), 3m, salesDiscount,
            new Money(quantity * unitPrice, "USD"), quarter ?? Q1);

    /// <summary>An issued revision with the given lines and total; which quote it comes from does not matter here.</summary>
    private static QuoteRevision Revision(long total, params QuoteRevisionLine[] lines)
    {
        var quote = new Quote(1, "buyer", DateTime.UtcNow);
        quote.AddProduct(Builders.Products.Service(), 1, DateTime.UtcNow);
        quote.Describe(1, Q1, "", DateTime.UtcNow);
        quote.Submit(DateTime.UtcNow);
        quote.Claim("sales", DateTime.UtcNow);
        quote.Approve(10m, DateTime.UtcNow);
        var totals = Totals.Of(total);
        quote.Issue(DateTime.UtcNow, DateTime.UtcNow.AddDays(30), totals);
        return new QuoteRevision(quote, [1, 2, 3], totals, lines, "Sam Sales");
    }

    [Fact]
    public void LinesAddedRemovedAndChangedAreFoundAndUnchangedOnesLeftOut()
    {
        var configuration = QuoteRevisionLine.ConfigurationGroup(7);
        var before = Revision(1_000,
            Line(configuration, "RACK", 2, 100), Line(configuration, "SLED", 8, 50), Line(configuration, "SWITCH", 2, 20),
            Line(QuoteRevisionLine.ProductsGroup, "SVC-INSTALL", 2, 10));
        var after = Revision(900,
            Line(configuration, "RACK", 3, 100), Line(configuration, "SLED", 12, 50, salesDiscount: 5m), Line(configuration, "SWITCH", 2, 20, quarter: Q1.Plus(1)),
            Line(QuoteRevisionLine.ProductsGroup, "SVC-SUPPORT", 1, 30), Line(QuoteRevisionLine.ConfigurationGroup(8), "SWITCH", 1, 20));

        var comparison = RevisionComparison.Between(before, after);

        var changes = comparison.Lines.Select(c => (c.Kind, c.Sku, c.QuantityChanged, c.PriceChanged, c.QuarterChanged)).ToList();
        Assert.Equal(
        [
            (LineChangeKind.Removed, "SVC-INSTALL", false, false, false),
            (LineChangeKind.Changed, "RACK", true, false, false),
            (LineChangeKind.Changed, "SLED", true, true, false),
            (LineChangeKind.Changed, "SWITCH", false, false, true),
            (LineChangeKind.Added, "SVC-SUPPORT", false, false, false),
            (LineChangeKind.Added, "SWITCH", false, false, false),
        ], changes);
        var total = Assert.Single(comparison.Totals, t => t.Name == "Total");
        Assert.Equal((true, -100L), (total.Changed, total.Difference.MinorUnits));
        Assert.False(Assert.Single(comparison.Totals, t => t.Name == "Volume discount").Changed);
    }

    [Fact]
    public void TwoEqualRevisionsHaveNoChangedLines()
    {
        var line = Line(QuoteRevisionLine.ProductsGroup, "SVC-INSTALL", 2, 10);

        var comparison = RevisionComparison.Between(Revision(20, line), Revision(20, Line(QuoteRevisionLine.ProductsGroup, "SVC-INSTALL", 2, 10)));

        Assert.Empty(comparison.Lines);
        Assert.DoesNotContain(comparison.Totals, t => t.Changed);
    }
}
