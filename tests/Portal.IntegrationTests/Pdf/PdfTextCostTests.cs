using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging.Abstractions;
using PdfSharp.Drawing;
using Portal.Infrastructure.Pdf.Layout;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Pdf;

/// <summary>
/// What the layout layer redoes per document, and what it does not: a covered text is checked, a word's width looked
/// up and a line that fits answered without allocating anything new, and each page is written as one content stream.
/// </summary>
public sealed partial class PdfTextCostTests
{
    private const string Line = "4 × Trainium2 server, 16 chips · Ελληνική Εταιρεία";

    private static XGraphics MeasuringGraphics()
    {
        TestEnvironment.Require(File.Exists(Path.Combine(PortalFonts.DefaultFolder, "DejaVuSans.ttf")), "The DejaVu fonts (fonts-dejavu-core)");
        PortalFonts.Install(PortalFonts.DefaultFolder);
        return XGraphics.CreateMeasureContext(new XSize(595, 842), XGraphicsUnit.Point, XPageDirection.Downwards);
    }

    [SkippableFact]
    public void ATextTheFontCoversIsCheckedWithoutAllocating()
    {
        using var graphics = MeasuringGraphics();
        var coverage = PortalFonts.CoverageIn(PortalFonts.DefaultFolder);
        var missing = new HashSet<string>();
        coverage.Clean(Line, missing);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var clean = coverage.Clean(Line, missing);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Same(Line, clean);
        Assert.Equal(0, allocated);
        Assert.Empty(missing);
    }

    [SkippableFact]
    public void AWordInsideALongerTextIsMeasuredOnceAndLookedUpWithoutCuttingItOut()
    {
        using var graphics = MeasuringGraphics();
        var font = TextStyle.Body.Font;
        var word = Line.AsSpan(4, 9);
        var width = TextWidths.Of(graphics, word, font);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var again = TextWidths.Of(graphics, Line.AsSpan(4, 9), font);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(width, again);
        Assert.Equal(graphics.MeasureString("Trainium2", font).Width, width);
        Assert.Equal(0, allocated);
    }

    [SkippableFact]
    public void ATextThatFitsIsItsOwnLineAndOneThatDoesNotStillWrapsAtItsSpaces()
    {
        using var graphics = MeasuringGraphics();
        var font = TextStyle.Body.Font;

        Assert.Same(Line, Assert.Single(TextWrapper.Wrap(graphics, Line, font, 500)));
        var narrow = TextWidths.Of(graphics, "4 × Trainium2 server,", font) + 1;
        var wrapped = TextWrapper.Wrap(graphics, Line, font, narrow);
        Assert.Equal("4 × Trainium2 server,", wrapped[0]);
        Assert.True(wrapped.Count > 2, string.Join(" | ", wrapped));
        Assert.Equal(Line, string.Join(' ', wrapped));
        Assert.All(wrapped, line => Assert.True(graphics.MeasureString(line, font).Width <= narrow, $"{line} is too wide"));
        Assert.Equal(["two", "lines"], TextWrapper.Wrap(graphics, "two\nlines", font, 500));
        Assert.Equal(["spaces kept single"], TextWrapper.Wrap(graphics, " spaces  kept single ", font, 500));
        Assert.Equal([""], TextWrapper.Wrap(graphics, "", font, 500));
    }

    [SkippableFact]
    public void EachPageIsOneContentStreamWithItsFrameDrawnIn()
    {
        TestEnvironment.Require(File.Exists(Path.Combine(PortalFonts.DefaultFolder, "DejaVuSans.ttf")), "The DejaVu fonts (fonts-dejavu-core)");
        using var layout = new PdfLayout(PortalFonts.DefaultFolder, NullLogger.Instance, new PageFrame(
            canvas => canvas.Text("Northwind Silicon", TextStyle.Small, canvas.Area), "Quote Q-2026-000001", "DRAFT"));
        layout.Paragraph(string.Join(' ', Enumerable.Range(1, 900).Select(i => $"word{i}")));

        var bytes = layout.Finish("One stream a page", "Northwind Silicon", "Test");

        using var pdf = PdfArtifacts.Check(bytes, "layout-one-stream-a-page");
        Assert.True(pdf.NumberOfPages >= 2);
        var text = Encoding.Latin1.GetString(bytes);
        Assert.Equal(pdf.NumberOfPages, SingleContents().Count(text));
        Assert.DoesNotMatch(@"/Contents\s*\[", text);
        Assert.All(pdf.GetPages(), page =>
        {
            var words = string.Join(' ', page.GetWords().Select(w => w.Text));
            Assert.StartsWith("Northwind Silicon", words);
            Assert.Contains($"Page {page.Number} of {pdf.NumberOfPages}", words);
        });
    }

    [GeneratedRegex(@"/Contents\s*\d+ 0 R")]
    private static partial Regex SingleContents();
}
