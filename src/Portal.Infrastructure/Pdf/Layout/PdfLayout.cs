using System.Globalization;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Portal.Infrastructure.Pdf.Layout;

/// <summary>
/// Lays content out top to bottom on A4 pages: text that wraps and flows onto new pages, blocks kept together, and on
/// every page a header and a footer with "page x of y" (drawn when the document is finished and the count is known).
/// </summary>
public sealed class PdfLayout : IDisposable
{
    public const double Margin = 50;
    private const double HeaderHeight = 30;
    private const double FooterHeight = 24;

    private readonly PdfDocument _document = new();
    private readonly Action<XGraphics, XRect>? _header;
    private readonly string _footer;
    private XGraphics? _graphics;
    private double _y;

    /// <param name="footer">Text at the left of every footer; "Page x of y" stands at the right.</param>
    public PdfLayout(string fontFolder, Action<XGraphics, XRect>? header = null, string footer = "")
    {
        PortalFonts.Install(fontFolder);
        _header = header;
        _footer = footer;
        NewPage();
    }

    public double ContentWidth => Page.Width.Point - 2 * Margin;

    private PdfPage Page => _document.Pages[^1];

    private double Bottom => Page.Height.Point - Margin - FooterHeight;

    private XGraphics Graphics => _graphics ?? throw new ObjectDisposedException(nameof(PdfLayout));

    public void Paragraph(string text, TextStyle? style = null, double spaceAfter = 6)
    {
        style ??= TextStyle.Body;
        var font = style.Font;
        foreach (var line in TextWrapper.Wrap(Graphics, text, font, ContentWidth))
        {
            EnsureRoom(style.LineHeight);
            Graphics.DrawString(line, font, style.Brush, new XRect(Margin, _y, ContentWidth, style.LineHeight), XStringFormats.TopLeft);
            _y += style.LineHeight;
        }
        _y += spaceAfter;
    }

    /// <summary>
    /// A table whose header row stands at its top on every page it reaches; cells wrap inside their column and a row
    /// is never split: one that does not fit goes to the next page whole.
    /// </summary>
    public void Table(IReadOnlyList<TableColumn> columns, IEnumerable<IReadOnlyList<string>> rows, TextStyle? style = null)
    {
        var table = new TableLayout(columns, ContentWidth, style ?? TextStyle.Body);
        var header = table.Measure(Graphics, columns.Select(c => c.Header).ToList(), bold: true);
        EnsureRoom(header.Height + table.Style.LineHeight * 2);
        DrawRow(table, header, bold: true);
        foreach (var row in rows)
        {
            var measured = table.Measure(Graphics, row, bold: false);
            if (_y + measured.Height > Bottom)
            {
                NewPage();
                DrawRow(table, header, bold: true);
            }
            DrawRow(table, measured, bold: false);
        }
        _y += 6;
    }

    private void DrawRow(TableLayout table, TableLayout.Row row, bool bold)
    {
        table.Draw(Graphics, row, new XPoint(Margin, _y), bold);
        _y += row.Height;
    }

    /// <summary>Draws a block of a known height on one page: on the next page when it does not fit on this one.</summary>
    public void KeepTogether(double height, Action<XGraphics, XRect> draw)
    {
        EnsureRoom(height);
        draw(Graphics, new XRect(Margin, _y, ContentWidth, height));
        _y += height;
    }

    public void Spacer(double height) => _y = Math.Min(_y + height, Bottom);

    /// <summary>Draws the footers, sets the metadata and answers the PDF's bytes.</summary>
    public byte[] Finish(string title, string author, string subject)
    {
        _graphics?.Dispose();
        _graphics = null;
        var count = _document.PageCount;
        var style = TextStyle.Small with { Color = XColors.DimGray };
        for (var index = 0; index < count; index++)
        {
            var page = _document.Pages[index];
            using var graphics = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var line = new XRect(Margin, page.Height.Point - Margin - style.LineHeight, page.Width.Point - 2 * Margin, style.LineHeight);
            graphics.DrawString(_footer, style.Font, style.Brush, line, XStringFormats.TopLeft);
            graphics.DrawString(string.Create(CultureInfo.InvariantCulture, $"Page {index + 1} of {count}"), style.Font, style.Brush, line, XStringFormats.TopRight);
        }
        _document.Info.Title = title;
        _document.Info.Author = author;
        _document.Info.Subject = subject;
        using var stream = new MemoryStream();
        _document.Save(stream);
        return stream.ToArray();
    }

    public void Dispose()
    {
        _graphics?.Dispose();
        _document.Dispose();
    }

    private void EnsureRoom(double height)
    {
        if (_y + height > Bottom && _y > Margin + HeaderHeight)
        {
            NewPage();
        }
    }

    private void NewPage()
    {
        _graphics?.Dispose();
        var page = _document.AddPage();
        page.Size = PageSize.A4;
        _graphics = XGraphics.FromPdfPage(page);
        _header?.Invoke(_graphics, new XRect(Margin, Margin, ContentWidth, HeaderHeight));
        _y = Margin + HeaderHeight;
    }
}
