using PdfSharp.Drawing;
using Portal.Infrastructure.Pdf.Layout;
using Portal.IntegrationTests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Portal.IntegrationTests.Pdf;

/// <summary>The PDF layout layer, read back with PdfPig: text flows over pages, every page counts itself, scripts survive.</summary>
public sealed class PdfLayoutTests
{
    private static PdfLayout NewLayout()
    {
        TestEnvironment.Require(File.Exists(Path.Combine(PortalFonts.DefaultFolder, "DejaVuSans.ttf")), "The DejaVu fonts (fonts-dejavu-core)");
        return new PdfLayout(PortalFonts.DefaultFolder,
            (graphics, area) => graphics.DrawString("Northwind Silicon", TextStyle.Small.Font, TextStyle.Small.Brush, area, XStringFormats.TopLeft),
            footer: "Quote Q-2026-000001");
    }

    /// <summary>Keeps the document as a test artifact, to be looked at (pdftoppm -png), and opens it with PdfPig.</summary>
    private static PdfDocument Keep(byte[] pdf, string name)
    {
        var folder = Path.Combine(TestEnvironment.Artifacts, "pdf");
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, name + ".pdf"), pdf);
        return PdfDocument.Open(pdf);
    }

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
        var rows = Enumerable.Range(1, 300).Select(i => (IReadOnlyList<string>)
        [
            $"SKU-{i}",
            i % 7 == 0 ? $"row{i} " + string.Join(' ', Enumerable.Repeat($"detail{i}", 12)) : $"row{i} description",
            $"{i}",
            $"${i * 1000:N0}",
        ]).ToList();
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
        layout.KeepTogether(200, (graphics, area) =>
        {
            graphics.DrawRectangle(XPens.Black, area);
            graphics.DrawString("Acceptance block", TextStyle.Body.Font, TextStyle.Body.Brush, area, XStringFormats.Center);
        });

        using var pdf = Keep(layout.Finish("Keep together", "Northwind Silicon", "Test"), "layout-keep-together");

        Assert.Equal(2, pdf.NumberOfPages);
        Assert.DoesNotContain("Acceptance", Words(pdf.GetPage(1)));
        Assert.Contains("Acceptance block", Words(pdf.GetPage(2)));
    }
}
