using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace Portal.Infrastructure.Pdf.Layout;

/// <summary>
/// Our font resolver: every PDF uses "Portal Sans", served from the DejaVu TrueType files of Debian's fonts-dejavu-core,
/// so that the same input gives the same-looking PDF on any machine. PDFsharp embeds the subset a document uses.
/// </summary>
public sealed class PortalFonts(string folder) : IFontResolver
{
    public const string Family = "Portal Sans";
    public const string DefaultFolder = "/usr/share/fonts/truetype/dejavu";
    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";

    private static readonly Lock Gate = new();
    private static readonly ConcurrentDictionary<string, GlyphCoverage> Coverages = new();

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

    private static byte[] Load(string folder, string faceName)
    {
        var path = Path.Combine(folder, faceName + ".ttf");
        return File.Exists(path)
            ? File.ReadAllBytes(path)
            : throw new FileNotFoundException($"The PDF font {path} is missing: install Debian's fonts-dejavu-core or set Pdf:FontFolder.", path);
    }
}
