using PdfSharp.Drawing;
using Portal.Infrastructure.Pdf.Layout;
using Portal.IntegrationTests.Support;
using Microsoft.Extensions.Logging;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Portal.IntegrationTests.Pdf;

/// <summary>The PDF layout layer, read back with PdfPig: text flows over pages, every page counts itself, scripts survive.</summary>
public sealed class PdfLayoutTests
{
    private readonly ListLogger _log = new();

    private PdfLayout NewLayout(string? watermark = null)
    {
        TestEnvironment.Require(File.Exists(Path.Combine(PortalFonts.DefaultFolder, "DejaVuSans.ttf")), "The DejaVu fonts (fonts-dejavu-core)");
        return new PdfLayout(PortalFonts.DefaultFolder, _log, new PageFrame(
            canvas => canvas.Text("Northwind Silicon", TextStyle.Small, canvas.Area),
            "Quote Q-2026-000001",
            watermark));
    }

    private static PdfDocument Keep(byte[] pdf, string name) => PdfArtifacts.Check(pdf, name);

    private static string Words(Page page) => string.Join(' ', page.GetWords().Select(w => w.Text));

    [SkippableFact]
    public void LongTextFlowsOntoNewPagesAndEveryPageSaysWhichOfHowMany()
    {
        using var layout = NewLayout();
        layout.Paragraph("Quotation", TextStyle.Heading);
        layout.Paragraph(string.Join(' ', Enumerable.Range(1, 1500).Select(i => $"word{i}")));

        using var pdf = Keep(layout.Finish("Quote Q-2026-000001", "Northwind Silicon", "Quotation"), "layout-flow");

        Assert.True(pdf.NumberOfPages >= 3, $"{pdf.NumberOfPages} pages");
        var body = new List<string>();
        foreach (var page in pdf.GetPages())
        {
            var text = Words(page);
            Assert.Contains($"Page {page.Number} of {pdf.NumberOfPages}", text);
            Assert.StartsWith("Northwind Silicon", text);
            body.AddRange(page.GetWords().Select(w => w.Text).Where(w => w.StartsWith("word", StringComparison.Ordinal)));
        }
        Assert.Equal(Enumerable.Range(1, 1500).Select(i => $"word{i}"), body);
        Assert.Equal("Quote Q-2026-000001", pdf.Information.Title);
        Assert.Equal("Northwind Silicon", pdf.Information.Author);
    }

    [SkippableFact]
    public void GreekAndCyrillicTextComesBackAsWritten()
    {
        using var layout = NewLayout();
        layout.Paragraph("Ελληνική Εταιρεία Υπολογιστών", TextStyle.Heading);
        layout.Paragraph("Сибирские вычисления АО");

        using var pdf = Keep(layout.Finish("Scripts", "Northwind Silicon", "Test"), "layout-scripts");

        var text = Words(pdf.GetPage(1));
        Assert.Contains("Ελληνική Εταιρεία Υπολογιστών", text);
        Assert.Contains("Сибирские вычисления АО", text);
    }

    [SkippableFact]
    public void AWordWiderThanTheLineIsBrokenNotCutOff()
    {
        using var layout = NewLayout();
        var word = string.Concat(Enumerable.Repeat("ABCDEFGHIJ", 30));
        layout.Paragraph(word);

        using var pdf = Keep(layout.Finish("Long word", "Northwind Silicon", "Test"), "layout-long-word");

        var pieces = pdf.GetPage(1).GetWords().Select(w => w.Text).Where(w => w.StartsWith("ABC", StringComparison.Ordinal) || w.StartsWith('J') || w.Length > 20).ToList();
        Assert.True(pieces.Count > 1);
        Assert.Equal(word, string.Concat(pdf.GetPage(1).GetWords().Select(w => w.Text).SkipWhile(w => !w.StartsWith("ABCDEF", StringComparison.Ordinal)).TakeWhile(w => w != "Quote")));
        Assert.All(pdf.GetPage(1).GetWords(), w => Assert.True(w.BoundingBox.Right <= pdf.GetPage(1).Width - PdfLayout.Margin + 1, $"{w.Text} sticks out"));
    }

    [SkippableFact]
    public void ALongTableRepeatsItsHeaderOnEveryPageAndNeverSplitsARow()
    {
        using var layout = NewLayout();
        layout.Paragraph("Lines", TextStyle.Heading);
        var columns = new[]
        {
            new TableColumn("SKU", 1.2), new TableColumn("Description", 3), new TableColumn("Quantity", 0.8, XStringAlignment.Far),
            new TableColumn("Amount", 1.2, XStringAlignment.Far),
        };
        // Every seventh row has a description long enough to wrap onto several lines.
        var rows = Enumerable.Range(1, 300).Select(i => TableRow.Line(
            $"SKU-{i}",
            i % 7 == 0 ? $"row{i} " + string.Join(' ', Enumerable.Repeat($"detail{i}", 12)) : $"row{i} description",
            $"{i}",
            $"${i * 1000:N0}")).ToList();
        layout.Table(columns, rows);

        using var pdf = Keep(layout.Finish("Table", "Northwind Silicon", "Test"), "layout-table");

        Assert.True(pdf.NumberOfPages >= 4, $"{pdf.NumberOfPages} pages");
        var pageOfWord = new Dictionary<string, int>();
        foreach (var page in pdf.GetPages())
        {
            var words = page.GetWords().Select(w => w.Text).ToList();
            Assert.True(words.Contains("SKU") && words.Contains("Description") && words.Contains("Amount"), $"page {page.Number} has no header row");
            foreach (var word in words.Where(w => w.StartsWith("SKU-", StringComparison.Ordinal) || w.StartsWith("detail", StringComparison.Ordinal) || w.StartsWith('$')))
            {
                pageOfWord.TryAdd($"{word}@{page.Number}", page.Number);
            }
        }
        for (var i = 1; i <= 300; i++)
        {
            var pages = pageOfWord.Where(p => p.Key.StartsWith($"SKU-{i}@", StringComparison.Ordinal) || p.Key.StartsWith($"detail{i}@", StringComparison.Ordinal)
                || p.Key.StartsWith($"${i * 1000:N0}@", StringComparison.Ordinal)).Select(p => p.Value).Distinct().ToList();
            Assert.True(pages.Count == 1, $"row {i} is on pages {string.Join(", ", pages)}");
        }
    }

    [SkippableFact]
    public void ABlockThatDoesNotFitIsMovedWholeToTheNextPage()
    {
        using var layout = NewLayout();
        layout.Paragraph(string.Join(' ', Enumerable.Range(1, 560).Select(i => $"filler{i}")));
        layout.KeepTogether(200, canvas =>
        {
            canvas.Graphics.DrawRectangle(XPens.Black, canvas.Area);
            canvas.Text("Acceptance block", TextStyle.Body, canvas.Area, XStringFormats.Center);
        });

        using var pdf = Keep(layout.Finish("Keep together", "Northwind Silicon", "Test"), "layout-keep-together");

        Assert.Equal(2, pdf.NumberOfPages);
        Assert.DoesNotContain("Acceptance", Words(pdf.GetPage(1)));
        Assert.Contains("Acceptance block", Words(pdf.GetPage(2)));
    }

    [SkippableFact]
    public void ColumnsStandSideBySideAndTheTextAfterThemStartsBelowTheLongest()
    {
        using var layout = NewLayout();
        layout.Columns(
            [TextRun.Strong("From"), TextRun.Body("Northwind Silicon"), TextRun.Body("410 Terry Avenue North"), TextRun.Body("Seattle")],
            [TextRun.Strong("To"), TextRun.Body("Helios AI Labs")]);
        layout.Paragraph("After the columns");

        using var pdf = Keep(layout.Finish("Columns", "Northwind Silicon", "Test"), "layout-columns");

        var words = pdf.GetPage(1).GetWords().ToList();
        var from = words.Single(w => w.Text == "From").BoundingBox;
        var to = words.Single(w => w.Text == "To").BoundingBox;
        var seattle = words.Single(w => w.Text == "Seattle").BoundingBox;
        var after = words.Single(w => w.Text == "After").BoundingBox;
        Assert.Equal(from.Bottom, to.Bottom, 1);
        Assert.True(to.Left > pdf.GetPage(1).Width / 2 - 10, "the second column starts in the right half");
        Assert.True(after.Top < seattle.Bottom, "the text after the columns is below the longest column");
    }

    [SkippableFact]
    public void ImagesAndVectorDrawingsAreDrawnInTheirBlocks()
    {
        var logo = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Data", "northwind-logo.jpg"));
        using var layout = NewLayout();
        layout.Image(logo, 60);
        layout.KeepTogether(80, canvas =>
        {
            canvas.Graphics.DrawRectangle(new XSolidBrush(XColor.FromArgb(0x2F, 0x5D, 0x9E)), canvas.Area.X, canvas.Area.Y, 120, 60);
            canvas.Graphics.DrawLine(new XPen(XColors.Black, 2), canvas.Area.X, canvas.Area.Y + 70, canvas.Area.X + 120, canvas.Area.Y + 70);
            canvas.Text("Sled", TextStyle.Body with { Color = XColors.White }, new XRect(canvas.Area.X + 8, canvas.Area.Y + 8, 100, 14));
        });

        using var pdf = Keep(layout.Finish("Drawing", "Northwind Silicon", "Test"), "layout-drawing");

        var page = pdf.GetPage(1);
        var image = Assert.Single(page.GetImages());
        Assert.Equal(60, image.BoundingBox.Width, 1);
        Assert.Contains("Sled", Words(page));
        Assert.NotEmpty(page.Paths);
    }

    [SkippableFact]
    public void ACharacterTheFontLacksIsReplacedVisiblyAndLoggedNotDropped()
    {
        using var layout = NewLayout();
        layout.Paragraph("Rack for 数据中心 \U0001F680 ready");
        layout.Table([new TableColumn("Name"), new TableColumn("Note")], [TableRow.Line("Ωmega \u2BD1", "ok")]);

        using var pdf = Keep(layout.Finish("Missing glyphs", "Northwind Silicon", "Test"), "layout-missing-glyphs");

        var text = Words(pdf.GetPage(1));
        Assert.Contains("Rack for \uFFFD\uFFFD\uFFFD\uFFFD \uFFFD ready", text);
        Assert.Contains("Ωmega \uFFFD", text);
        Assert.Contains("U+1F680", layout.MissingCharacters);
        Assert.Contains("U+6570", layout.MissingCharacters);
        var warning = Assert.Single(_log.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains("U+1F680", warning.Message);
        Assert.Contains("Missing glyphs", warning.Message);
    }

    [SkippableFact]
    public void AWatermarkStandsOnEveryPage()
    {
        using var layout = NewLayout(watermark: "DRAFT");
        layout.Paragraph(string.Join(' ', Enumerable.Range(1, 900).Select(i => $"word{i}")));

        using var pdf = Keep(layout.Finish("Watermark", "Northwind Silicon", "Test"), "layout-watermark");

        Assert.True(pdf.NumberOfPages >= 2);
        Assert.All(pdf.GetPages(), page => Assert.Contains("DRAFT", string.Concat(page.Letters.Select(l => l.Value))));
        Assert.Empty(layout.MissingCharacters);
        Assert.Empty(_log.Entries);
    }
}
