using PdfSharp.Drawing;

namespace Portal.Infrastructure.Pdf.Layout;

/// <summary>Column geometry of a table, and the measuring and drawing of one row.</summary>
internal sealed class TableLayout
{
    private const double Padding = 3;
    private static readonly XColor HeaderFill = XColor.FromArgb(0xE9, 0xEC, 0xEF);
    private static readonly XPen RuleLine = new(XColor.FromArgb(0xCE, 0xD4, 0xDA), 0.5);

    private readonly IReadOnlyList<TableColumn> _columns;
    private readonly double[] _widths;

    public TableLayout(IReadOnlyList<TableColumn> columns, double width, TextStyle style)
    {
        _columns = columns;
        Style = style;
        var total = columns.Sum(c => c.Weight);
        _widths = columns.Select(c => width * c.Weight / total).ToArray();
    }

    public TextStyle Style { get; }

    /// <summary>A row's cells broken into lines, and the height that makes.</summary>
    public sealed record Row(IReadOnlyList<IReadOnlyList<string>> Cells, double Height);

    public Row Measure(XGraphics graphics, IReadOnlyList<string> cells, bool bold)
    {
        var font = (Style with { Bold = bold }).Font;
        var lines = _widths.Select((width, i) => TextWrapper.Wrap(graphics, i < cells.Count ? cells[i] : string.Empty, font, width - 2 * Padding))
            .ToList();
        return new Row(lines, lines.Max(l => l.Count) * Style.LineHeight + 2 * Padding);
    }

    public void Draw(XGraphics graphics, Row row, XPoint topLeft, bool bold)
    {
        var style = Style with { Bold = bold };
        var width = _widths.Sum();
        if (bold)
        {
            graphics.DrawRectangle(new XSolidBrush(HeaderFill), topLeft.X, topLeft.Y, width, row.Height);
        }
        var x = topLeft.X;
        for (var column = 0; column < _widths.Length; column++)
        {
            var format = new XStringFormat { Alignment = _columns[column].Alignment, LineAlignment = XLineAlignment.Near };
            var y = topLeft.Y + Padding;
            foreach (var line in row.Cells[column])
            {
                graphics.DrawString(line, style.Font, style.Brush, new XRect(x + Padding, y, _widths[column] - 2 * Padding, style.LineHeight), format);
                y += style.LineHeight;
            }
            x += _widths[column];
        }
        graphics.DrawLine(RuleLine, topLeft.X, topLeft.Y + row.Height, topLeft.X + width, topLeft.Y + row.Height);
    }
}
