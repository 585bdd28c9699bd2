using System.Buffers.Binary;
using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Portal.Infrastructure.Pdf.Layout;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Pdf;

/// <summary>
/// The font our PDFs embed is DejaVu Sans cut to the scripts they print: each printed character keeps its outline and
/// width, a character of another script is replaced visibly, and a document's embedded font is a fraction of what the
/// whole font's subset was.
/// </summary>
public sealed class KeptFontTests
{
    private static byte[] Original(string face)
    {
        TestEnvironment.Require(File.Exists(Path.Combine(PortalFonts.DefaultFolder, "DejaVuSans.ttf")), "The DejaVu fonts (fonts-dejavu-core)");
        return File.ReadAllBytes(Path.Combine(PortalFonts.DefaultFolder, face + ".ttf"));
    }

    [SkippableTheory]
    [InlineData("DejaVuSans")]
    [InlineData("DejaVuSans-Bold")]
    public void EveryPrintedCharacterKeepsItsOutlineAndWidthAndNoOtherIsKept(string face)
    {
        var whole = new TrueTypeFile(Original(face));
        var kept = new TrueTypeFile(new PortalFonts(PortalFonts.DefaultFolder).GetFont(face)!);
        var wholeGlyphs = GlyphCoverage.GlyphsOf(whole.Bytes);
        var keptGlyphs = GlyphCoverage.GlyphsOf(kept.Bytes);

        var printed = wholeGlyphs.Keys.Where(c => c <= char.MaxValue && PortalFonts.IsPrinted(c)).ToList();
        Assert.Equal(printed.Order(), keptGlyphs.Keys.Order());
        Assert.Contains('Ω', printed);
        Assert.Contains('ж', printed);
        Assert.Contains('ș', printed);
        Assert.Contains('€', printed);
        Assert.Contains(0xFFFD, printed);
        foreach (var character in printed)
        {
            var (before, after) = (wholeGlyphs[character], keptGlyphs[character]);
            Assert.True(whole.Advance(before) == kept.Advance(after), $"U+{character:X4} changed its width");
            var (outline, keptOutline) = (whole.Outline(before), kept.Outline(after));
            Assert.Equal(outline.Length, keptOutline.Length);
            if (!TrueTypeFile.IsComposite(outline))
            {
                Assert.True(outline.SequenceEqual(keptOutline), $"U+{character:X4} changed its outline");
            }
        }
        Assert.True(kept.GlyphCount < whole.GlyphCount / 2, $"{kept.GlyphCount} of {whole.GlyphCount} glyphs kept");
    }

    [SkippableFact]
    public void ACharacterOfAScriptNotPrintedIsReplacedVisiblyAndLogged()
    {
        Original("DejaVuSans");
        var log = new ListLogger();
        using var layout = new PdfLayout(PortalFonts.DefaultFolder, log, new PageFrame(_ => { }, "Scripts", null));
        layout.Paragraph("Երևան Ltd. · Ελληνική · Сибирь · Ș.C. Ţara");

        using var pdf = PdfArtifacts.Check(layout.Finish("Scripts", "Northwind Silicon", "Test"), "kept-font-scripts");

        var text = string.Join(' ', pdf.GetPage(1).GetWords().Select(w => w.Text));
        Assert.Contains("\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD Ltd. · Ελληνική · Сибирь · Ș.C. Ţara", text);
        Assert.Contains("U+0535", layout.MissingCharacters);
        Assert.Single(log.Entries);
    }

    /// <summary>
    /// The whole font's subset carried a width and a location for each of DejaVu's 6,000 glyphs (about 25 KB each,
    /// compressed a document at a time): a short document now embeds about half that and builds it with less.
    /// </summary>
    [SkippableFact]
    public void AShortDocumentEmbedsASmallFontAndBuildsItWithLittleMemory()
    {
        Original("DejaVuSans");
        byte[] Draw()
        {
            using var layout = new PdfLayout(PortalFonts.DefaultFolder, NullLogger.Instance, new PageFrame(_ => { }, "Footer", null));
            layout.Paragraph("Quotation Q-2026-000001 for Helios AI Labs, 4 × Trainium2 rack: $1,234,567.00");
            return layout.Finish("Short", "Northwind Silicon", "Test");
        }
        Draw();

        var before = GC.GetAllocatedBytesForCurrentThread();
        var pdf = Draw();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        PdfArtifacts.Check(pdf, "kept-font-short").Dispose();
        Assert.True(pdf.Length < 24 * 1024, $"{pdf.Length / 1024} KB");
        Assert.True(allocated < 400 * 1024, $"{allocated / 1024} KB allocated");
    }

    /// <summary>Reads a TrueType font's glyph count, advance widths and outlines, as the tests compare them.</summary>
    private sealed class TrueTypeFile(byte[] bytes)
    {
        private readonly Dictionary<string, int> _tables = Enumerable.Range(0, BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(4)))
            .ToDictionary(i => Encoding.ASCII.GetString(bytes, 12 + i * 16, 4), i => (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(12 + i * 16 + 8)));

        public byte[] Bytes => bytes;

        public int GlyphCount => BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(_tables["maxp"] + 4));

        public static bool IsComposite(byte[] outline) => outline.Length > 0 && BinaryPrimitives.ReadInt16BigEndian(outline) < 0;

        public int Advance(int glyph)
        {
            int metrics = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(_tables["hhea"] + 34));
            return BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(_tables["hmtx"] + Math.Min(glyph, metrics - 1) * 4));
        }

        public byte[] Outline(int glyph)
        {
            var loca = _tables["loca"];
            var (start, end) = BinaryPrimitives.ReadInt16BigEndian(bytes.AsSpan(_tables["head"] + 50)) == 1
                ? ((int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(loca + glyph * 4)), (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(loca + glyph * 4 + 4)))
                : (BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(loca + glyph * 2)) * 2, BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(loca + glyph * 2 + 2)) * 2);
            return bytes.AsSpan(_tables["glyf"] + start, end - start).ToArray();
        }
    }
}
