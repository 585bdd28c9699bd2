using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace Portal.Infrastructure.Pdf.Layout;

/// <summary>
/// Our font resolver: every PDF uses "Portal Sans", served from the DejaVu TrueType files of Debian's fonts-dejavu-core,
/// so that the same input gives the same-looking PDF on any machine, cut once per process to the scripts our documents
/// print (<see cref="Printed"/>, <see cref="KeptFont"/>). PDFsharp embeds the subset a document uses.
/// </summary>
public sealed class PortalFonts(string folder) : IFontResolver
{
    public const string Family = "Portal Sans";
    public const string DefaultFolder = "/usr/share/fonts/truetype/dejavu";
    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";

    private static readonly Lock Gate = new();
    private static readonly ConcurrentDictionary<string, GlyphCoverage> Coverages = new();
    private static readonly ConcurrentDictionary<(string Folder, string Face), byte[]> Kept = new();

    /// <summary>
    /// The characters the PDFs print, ranges of Unicode blocks: Latin (with its extended letters and combining marks),
    /// Greek, Cyrillic, punctuation, currency and letterlike signs, arrows, mathematical operators and the replacement
    /// mark. Any other character, as one the font lacks, is drawn as U+FFFD and logged.
    /// </summary>
    private static readonly (int First, int Last)[] Printed =
    [
        (0x0000, 0x024F), (0x0300, 0x036F), (0x0370, 0x03FF), (0x0400, 0x052F), (0x1E00, 0x1EFF),
        (0x2000, 0x206F), (0x20A0, 0x20CF), (0x2100, 0x214F), (0x2190, 0x21FF), (0x2200, 0x22FF), (0xFFFD, 0xFFFD),
    ];

    /// <summary>PDFsharp takes one resolver for the whole process; the first call installs it.</summary>
    public static void Install(string folder)
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not PortalFonts)
            {
                GlobalFontSettings.FontResolver = new PortalFonts(folder);
            }
        }
    }

    /// <summary>The characters both faces of Portal Sans can draw, read once per font folder.</summary>
    public static GlyphCoverage CoverageIn(string folder) =>
        Coverages.GetOrAdd(folder, f => GlyphCoverage.Read(Load(f, Regular)).Intersect(GlyphCoverage.Read(Load(f, Bold))));

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => new(bold ? Bold : Regular);

    public byte[]? GetFont(string faceName) => Load(folder, faceName);

    public static bool IsPrinted(int codePoint) => Printed.Any(range => codePoint >= range.First && codePoint <= range.Last);

    /// <summary>The face cut to the printed characters, made once per font folder.</summary>
    private static byte[] Load(string folder, string faceName) =>
        Kept.GetOrAdd((folder, faceName), key => KeptFont.Of(Read(key.Folder, key.Face), IsPrinted));

    private static byte[] Read(string folder, string faceName)
    {
        var path = Path.Combine(folder, faceName + ".ttf");
        return File.Exists(path)
            ? File.ReadAllBytes(path)
            : throw new FileNotFoundException($"The PDF font {path} is missing: install Debian's fonts-dejavu-core or set Pdf:FontFolder.", path);
    }
}
