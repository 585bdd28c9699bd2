using Portal.Domain.Common;

namespace Portal.Domain.Quotes;

public enum LineChangeKind
{
    Added,
    Removed,
    Changed,
}

/// <summary>A product line that one revision has and the other has not, or has with another quantity, price, discount or quarter.</summary>
public sealed record LineChange(LineChangeKind Kind, QuoteRevisionLine? Before, QuoteRevisionLine? After)
{
    private QuoteRevisionLine Either => After ?? Before!;

    public string GroupTitle => Either.GroupTitle;

    public string Sku => Either.Sku;

    public string Description => Either.Description;

    public bool QuantityChanged => Kind == LineChangeKind.Changed && Before!.Quantity != After!.Quantity;

    public bool PriceChanged => Kind == LineChangeKind.Changed
        && (Before!.UnitPriceMinorUnits != After!.UnitPriceMinorUnits
            || Before.VolumeDiscountPercent != After.VolumeDiscountPercent
            || Before.SalesDiscountPercent != After.SalesDiscountPercent);

    public bool QuarterChanged => Kind == LineChangeKind.Changed && Before!.Quarter != After!.Quarter;
}

/// <summary>One of the totals of two revisions, before and after.</summary>
public sealed record TotalChange(string Name, Money Before, Money After)
{
    public Money Difference => After - Before;

    public bool Changed => Before != After;
}

/// <summary>What changed from one issued revision of a quote to another: lines added, removed or changed, and the totals.</summary>
public sealed record RevisionComparison(QuoteRevision From, QuoteRevision To, IReadOnlyList<LineChange> Lines, IReadOnlyList<TotalChange> Totals)
{
    /// <summary>
    /// Compares two revisions. A line is the same line in both when it has the same SKU in the same group (the same rack
    /// configuration, or the loose products); the order is the later revision's, with removed lines where they stood.
    /// </summary>
    public static RevisionComparison Between(QuoteRevision from, QuoteRevision to)
    {
        var before = from.Lines.ToDictionary(Key);
        var after = to.Lines.Select(Key).ToHashSet();
        var changes = new List<LineChange>();
        foreach (var line in from.Lines.Where(l => !after.Contains(Key(l))))
        {
            changes.Add(new LineChange(LineChangeKind.Removed, line, null));
        }
        foreach (var line in to.Lines)
        {
            if (!before.TryGetValue(Key(line), out var old))
            {
                changes.Add(new LineChange(LineChangeKind.Added, null, line));
            }
            else if (Differs(old, line))
            {
                changes.Add(new LineChange(LineChangeKind.Changed, old, line));
            }
        }
        var (a, b) = (from.Totals, to.Totals);
        IReadOnlyList<TotalChange> totals =
        [
            new("Total at list price", a.ListTotal, b.ListTotal),
            new("Volume discount", a.VolumeDiscount, b.VolumeDiscount),
            new("Sales discount", a.SalesDiscount, b.SalesDiscount),
            new("Total", a.Total, b.Total),
            new("Deposit due on acceptance", a.Deposit, b.Deposit),
        ];
        return new RevisionComparison(from, to, changes, totals);
    }

    private static (string, string) Key(QuoteRevisionLine line) => (line.Group, line.Sku);

    private static bool Differs(QuoteRevisionLine a, QuoteRevisionLine b) =>
        a.Quantity != b.Quantity || a.UnitPriceMinorUnits != b.UnitPriceMinorUnits || a.VolumeDiscountPercent != b.VolumeDiscountPercent
        || a.SalesDiscountPercent != b.SalesDiscountPercent || a.AmountMinorUnits != b.AmountMinorUnits || a.Quarter != b.Quarter;
}
