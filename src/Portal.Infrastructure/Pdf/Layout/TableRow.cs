namespace Portal.Infrastructure.Pdf.Layout;

public enum RowKind
{
    Line,

    /// <summary>A shaded title across the whole table, kept on the page of the row after it.</summary>
    Section,

    /// <summary>A bold row with a rule above it: a subtotal or a total, its label set against the figure.</summary>
    Total,

    /// <summary>The column headings, repeated at the top of every page the table reaches.</summary>
    Header,
}

/// <summary>
/// One row of a table: its cells and how it is set. The first cell may span several columns (<paramref name="Span"/>);
/// a section row's one cell spans them all.
/// </summary>
public sealed record TableRow(IReadOnlyList<string> Cells, RowKind Kind = RowKind.Line, int Span = 1)
{
    public static TableRow Line(params string[] cells) => new(cells);

    public static TableRow Section(string title) => new([title], RowKind.Section, int.MaxValue);

    /// <summary>A total whose label spans the first columns, right-aligned against the figures in the cells after it.</summary>
    public static TableRow Total(string label, int span, params string[] figures) => new([label, .. figures], RowKind.Total, span);
}
