using Portal.Infrastructure.Pdf.Layout;

namespace Portal.Infrastructure.Pdf.Quotes;

/// <summary>Where the PDF fonts are (Pdf:FontFolder); Debian's fonts-dejavu-core folder unless set.</summary>
public sealed class QuotePdfOptions
{
    public const string Section = "Pdf";

    public string FontFolder { get; set; } = PortalFonts.DefaultFolder;
}

/// <summary>The vendor's logo image, read from beside the catalog file at start; none when the vendor names none.</summary>
public sealed record VendorLogo(byte[]? Image)
{
    public static VendorLogo Load(string catalogFile, string? logo) =>
        new(logo is null ? null : File.ReadAllBytes(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(catalogFile))!, logo)));
}
