using System.Globalization;
using Microsoft.Extensions.Logging;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Portal.Infrastructure.Pdf.Layout;

/// <summary>
/// Lays content out top to bottom on A4 pages: text that wraps and flows onto new pages, columns, tables, images and
/// drawings kept together, and on every page the frame (header, footer with "Page x of y", watermark), drawn when the
/// document is finished and the page count is known. A character the font lacks is drawn as a visible mark and logged.
/// </summary>
public sealed partial class PdfLayout : IDisposable
{
    public const double Margin = 50;
    public const double ColumnGap = 18;
    private const double FooterHeight = 24;
    private static readonly TextStyle WatermarkStyle = new(110, Bold: true, XColor.FromArgb(46, 0xB0, 0x2A, 0x37));

    /// <summary>The most a thread's output stream keeps between documents (about forty pages).</summary>
    private const int KeptOutputCapacity = 1024 * 1024;

    /// <summary>
    /// The stream each thread writes its PDFs into, kept between documents (a PDF is written whole, on one thread): a
    /// document then allocates only its finished bytes, not also the room they are written in.
    /// </summary>
    [ThreadStatic]
    private static MemoryStream? _output;

    private readonly PdfDocument _document = new();
    private readonly PageFrame _frame;
    private readonly GlyphCoverage _glyphs;
    private readonly ILogger _logger;
    private readonly SortedSet<string> _missing = new(StringComparer.Ordinal);
    private readonly RecurringDrawings _recurring;
    /// <summary>
    /// Each page's graphics, open until the document is finished: the frame is drawn into the page's own content
    /// instead of a second content stream per page.
    /// </summary>
    private readonly List<XGraphics> _pages = [];
    private bool _finished;
    private double _y;

    public PdfLayout(string fontFolder, ILogger logger, PageFrame frame)
    {
        PortalFonts.Install(fontFolder);
        _glyphs = PortalFonts.CoverageIn(fontFolder);
        _logger = logger;
        _frame = frame;
        _recurring = new RecurringDrawings(_document, Clean);
        NewPage();
    }

    public double ContentWidth => Page.Width.Point - 2 * Margin;

    /// <summary>The characters met so far that the font cannot draw, as U+XXXX.</summary>
    public IReadOnlyCollection<string> MissingCharacters => _missing;

    private PdfPage Page => _document.Pages[^1];

    private double Top => Margin + (_frame.Header is null ? 0 : PageFrame.HeaderHeight);

    private double Bottom => Page.Height.Point - Margin - FooterHeight;

    private XGraphics Graphics => _finished ? throw new ObjectDisposedException(nameof(PdfLayout)) : _pages[^1];

    public void Paragraph(string text, TextStyle? style = null, double spaceAfter = 6)
    {
        style ??= TextStyle.Body;
        foreach (var line in TextWrapper.Wrap(Graphics, Clean(text), style.Font, ContentWidth))
        {
            EnsureRoom(style.LineHeight);
            Graphics.DrawString(line, style.Font, style.Brush, new XRect(Margin, _y, ContentWidth, style.LineHeight), XStringFormats.TopLeft);
            _y += style.LineHeight;
        }
        _y += spaceAfter;
    }

    /// <summary>Blocks of text side by side in columns of equal width, kept together on one page.</summary>
    public void Columns(params IReadOnlyList<TextRun>[] columns)
    {
        var width = (ContentWidth - ColumnGap * (columns.Length - 1)) / columns.Length;
        var wrapped = columns.Select(runs => runs.Select(run => (run.Style, Lines: TextWrapper.Wrap(Graphics, Clean(run.Text), run.Style.Font, width))).ToList()).ToList();
        var height = wrapped.Max(runs => runs.Sum(r => r.Lines.Count * r.Style.LineHeight));
        EnsureRoom(height);
        for (var column = 0; column < wrapped.Count; column++)
        {
            var x = Margin + column * (width + ColumnGap);
            var y = _y;
            foreach (var (style, lines) in wrapped[column])
            {
                foreach (var line in lines)
                {
                    Graphics.DrawString(line, style.Font, style.Brush, new XRect(x, y, width, style.LineHeight), XStringFormats.TopLeft);
                    y += style.LineHeight;
                }
            }
        }
        _y += height;
    }

    /// <summary>
    /// A table whose header row stands at its top on every page it reaches; cells wrap inside their column and a row
    /// is never split: one that does not fit goes to the next page whole. A section row never ends a page.
    /// </summary>
    public void Table(IReadOnlyList<TableColumn> columns, IEnumerable<TableRow> rows, TextStyle? style = null)
    {
        var table = new TableLayout(columns, ContentWidth, style ?? TextStyle.Body, Clean);
        var header = table.Measure(Graphics, new TableRow(columns.Select(c => c.Header).ToList(), RowKind.Header));
        EnsureRoom(header.Height + table.Style.LineHeight * 2);
        DrawRow(table, header);
        foreach (var row in rows)
        {
            var measured = table.Measure(Graphics, row);
            var needed = measured.Height + (row.Kind == RowKind.Section ? table.Style.LineHeight * 2 : 0);
            if (_y + needed > Bottom)
            {
                NewPage();
                DrawRow(table, header);
            }
            DrawRow(table, measured);
        }
        _y += 6;
    }

    private void DrawRow(TableLayout table, TableLayout.Measured row)
    {
        table.Draw(Graphics, row, new XPoint(Margin, _y));
        _y += row.Height;
    }

    /// <summary>Draws a block of a known height on one page: on the next page when it does not fit on this one.</summary>
    public void KeepTogether(double height, Action<PdfCanvas> draw)
    {
        EnsureRoom(height);
        draw(new PdfCanvas(Graphics, new XRect(Margin, _y, ContentWidth, height), Clean, _recurring));
        _y += height;
    }

    /// <summary>A PNG or JPEG image at the given width, its height in proportion, on one page.</summary>
    public void Image(byte[] image, double width)
    {
        using var picture = XImage.FromStream(new MemoryStream(image));
        var height = width * picture.PixelHeight / picture.PixelWidth;
        KeepTogether(height, canvas => canvas.Graphics.DrawImage(picture, canvas.Area.X, canvas.Area.Y, width, height));
    }

    public void Spacer(double height) => _y = Math.Min(_y + height, Bottom);

    /// <summary>Draws the frame on every page, sets the metadata and answers the PDF's bytes.</summary>
    public byte[] Finish(string title, string author, string subject)
    {
        _finished = true;
        var count = _document.PageCount;
        for (var index = 0; index < count; index++)
        {
            var page = _document.Pages[index];
            var graphics = _pages[index];
            var width = page.Width.Point - 2 * Margin;
            _frame.Header?.Invoke(new PdfCanvas(graphics, new XRect(Margin, Margin, width, PageFrame.HeaderHeight), Clean));
            DrawFooter(graphics, page, string.Create(CultureInfo.InvariantCulture, $"Page {index + 1} of {count}"));
            if (_frame.Watermark is { } watermark)
            {
                DrawWatermark(graphics, page, watermark);
            }
            graphics.Dispose();
        }
        if (_missing.Count > 0)
        {
            LogMissingCharacters(_logger, title, string.Join(", ", _missing));
        }
        _document.Info.Title = Clean(title);
        _document.Info.Author = author;
        _document.Info.Subject = subject;
        // PDFsharp ends its compressed streams without the zlib checksum, which strict readers (qpdf --check) report
        // for page content; uncompressed content is valid everywhere. Embedded fonts stay compressed.
        _document.Options.CompressContentStreams = false;
        // The embedded font subsets are compressed at the fastest level: they are small, and their compression was a
        // seventh of a document's time.
        _document.Options.FlateEncodeMode = PdfFlateEncodeMode.BestSpeed;
        var output = _output ?? new MemoryStream(FirstGuessOfSize(count));
        _output = null;
        output.SetLength(0);
        _document.Save(output);
        var pdf = output.ToArray();
        _output = output.Capacity <= KeptOutputCapacity ? output : null;
        return pdf;
    }

    public void Dispose()
    {
        foreach (var graphics in _pages)
        {
            graphics.Dispose();
        }
        _document.Dispose();
    }

    /// <summary>Room for the PDF, so that the stream rarely grows: about 96 KB of fonts and 6 KB per page.</summary>
    private static int FirstGuessOfSize(int pages) => (96 + 6 * pages) * 1024;

    private string Clean(string text) => _glyphs.Clean(text, _missing);

    private void DrawFooter(XGraphics graphics, PdfPage page, string pageOf)
    {
        var style = TextStyle.Small with { Color = XColors.DimGray };
        var line = new XRect(Margin, page.Height.Point - Margin - style.LineHeight, page.Width.Point - 2 * Margin, style.LineHeight);
        graphics.DrawString(Clean(_frame.Footer), style.Font, style.Brush, line, XStringFormats.TopLeft);
        graphics.DrawString(pageOf, style.Font, style.Brush, line, XStringFormats.TopRight);
    }

    private static void DrawWatermark(XGraphics graphics, PdfPage page, string text)
    {
        var state = graphics.Save();
        graphics.TranslateTransform(page.Width.Point / 2, page.Height.Point / 2);
        graphics.RotateTransform(-50);
        graphics.DrawString(text, WatermarkStyle.Font, WatermarkStyle.Brush, new XPoint(0, 0), XStringFormats.Center);
        graphics.Restore(state);
    }

    private void EnsureRoom(double height)
    {
        if (_y + height > Bottom && _y > Top)
        {
            NewPage();
        }
    }

    private void NewPage()
    {
        var page = _document.AddPage();
        page.Size = PageSize.A4;
        _pages.Add(XGraphics.FromPdfPage(page));
        _y = Top;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The PDF {Title} has characters its font cannot draw ({CodePoints}); they are drawn as \uFFFD.")]
    private static partial void LogMissingCharacters(ILogger logger, string title, string codePoints);
}
