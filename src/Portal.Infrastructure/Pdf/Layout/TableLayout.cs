using PdfSharp.Drawing;

namespace Portal.Infrastructure.Pdf.Layout;

/// <summary>Column geometry of a table, and the measuring and drawing of one row.</summary>
internal sealed class TableLayout
{
    private const double Padding = 3;
    private static readonly XBrush HeaderFill = new XSolidBrush(XColor.FromArgb(0xE9, 0xEC, 0xEF));
    private static readonly XBrush SectionFill = new XSolidBrush(XColor.FromArgb(0xF4, 0xF6, 0xF8));
    private static readonly XPen RuleLine = new(XColor.FromArgb(0xCE, 0xD4, 0xDA), 0.5);
    private static readonly XPen TotalLine = new(XColor.FromArgb(0x49, 0x50, 0x57), 0.8);

    private readonly IReadOnlyList<TableColumn> _columns;
    private readonly double[] _widths;
    private readonly Func<string, string> _clean;
    private readonly TextStyle _bold;

    public TableLayout(IReadOnlyList<TableColumn> columns, double width, TextStyle style, Func<string, string> clean)
    {
        _columns = columns;
        _clean = clean;
        Style = style;
        _bold = style with { Bold = true };
        var total = columns.Sum(c => c.Weight);
        _widths = columns.Select(c => width * c.Weight / total).ToArray();
    }

    public TextStyle Style { get; }

    private double Width => _widths.Sum();

    /// <summary>A row's cells placed (offset, width, alignment) and broken into lines, and the height that makes.</summary>
    public sealed record Measured(TableRow Row, IReadOnlyList<Cell> Cells, double Height);

    public sealed record Cell(double Offset, double Width, XStringAlignment Alignment, IReadOnlyList<string> Lines);

    public Measured Measure(XGraphics graphics, TableRow row)
    {
        var font = StyleOf(row).Font;
        var span = Math.Clamp(row.Span, 1, _widths.Length);
        var cells = new Cell[_widths.Length - span + 1];
        var offset = 0.0;
        var lines = 0;
        for (var i = 0; i < cells.Length; i++)
        {
            var (width, alignment) = i == 0 ? First(row, span) : (_widths[span + i - 1], _columns[span + i - 1].Alignment);
            var text = _clean(i < row.Cells.Count ? row.Cells[i] : string.Empty);
            cells[i] = new Cell(offset, width, alignment, TextWrapper.Wrap(graphics, text, font, width - 2 * Padding));
            offset += width;
            lines = Math.Max(lines, cells[i].Lines.Count);
        }
        return new Measured(row, cells, lines * Style.LineHeight + 2 * Padding);
    }

    public void Draw(XGraphics graphics, Measured measured, XPoint topLeft)
    {
        var kind = measured.Row.Kind;
        if (kind is RowKind.Header or RowKind.Section)
        {
            graphics.DrawRectangle(kind == RowKind.Header ? HeaderFill : SectionFill, topLeft.X, topLeft.Y, Width, measured.Height);
        }
        if (kind == RowKind.Total)
        {
            graphics.DrawLine(TotalLine, topLeft.X, topLeft.Y, topLeft.X + Width, topLeft.Y);
        }
        var style = StyleOf(measured.Row);
        foreach (var cell in measured.Cells)
        {
            var y = topLeft.Y + Padding;
            foreach (var line in cell.Lines)
            {
                DrawLine(graphics, line, style, new XRect(topLeft.X + cell.Offset + Padding, y, cell.Width - 2 * Padding, style.LineHeight), cell.Alignment);
                y += style.LineHeight;
            }
        }
        graphics.DrawLine(RuleLine, topLeft.X, topLeft.Y + measured.Height, topLeft.X + Width, topLeft.Y + measured.Height);
    }

    /// <summary>
    /// One line of a cell, placed from its width (measured once, <see cref="TextWidths"/>) instead of by PDFsharp's
    /// alignment, which measures it again; an empty line draws nothing.
    /// </summary>
    private static void DrawLine(XGraphics graphics, string line, TextStyle style, XRect box, XStringAlignment alignment)
    {
        if (line.Length == 0)
        {
            return;
        }
        var x = alignment switch
        {
            XStringAlignment.Far => box.Right - TextWidths.Of(graphics, line, style.Font),
            XStringAlignment.Center => box.X + (box.Width - TextWidths.Of(graphics, line, style.Font)) / 2,
            _ => box.X,
        };
        graphics.DrawString(line, style.Font, style.Brush, new XRect(x, box.Y, box.Right - x, box.Height), XStringFormats.TopLeft);
    }

    /// <summary>
    /// The first cell of a row: it spans <see cref="TableRow.Span"/> columns (each other cell stands in one column), and
    /// a spanning total's label is set against the figure after it.
    /// </summary>
    private (double Width, XStringAlignment Alignment) First(TableRow row, int span)
    {
        var width = 0.0;
        for (var column = 0; column < span; column++)
        {
            width += _widths[column];
        }
        var alignment = row.Kind == RowKind.Total && span > 1 ? XStringAlignment.Far
            : span > 1 ? XStringAlignment.Near : _columns[0].Alignment;
        return (width, alignment);
    }

    private TextStyle StyleOf(TableRow row) => row.Kind == RowKind.Line ? Style : _bold;
}
