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

    private static readonly Lock Gate = new();

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

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "DejaVuSans-Bold" : "DejaVuSans");

    public byte[]? GetFont(string faceName)
    {
        var path = Path.Combine(folder, faceName + ".ttf");
        return File.Exists(path)
            ? File.ReadAllBytes(path)
            : throw new FileNotFoundException($"The PDF font {path} is missing: install Debian's fonts-dejavu-core or set Pdf:FontFolder.", path);
    }
}
