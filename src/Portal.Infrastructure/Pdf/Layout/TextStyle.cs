using System.Collections.Concurrent;
using PdfSharp.Drawing;

namespace Portal.Infrastructure.Pdf.Layout;

/// <summary>How a run of text looks: size in points, weight and colour.</summary>
public sealed record TextStyle(double Size = 10, bool Bold = false, XColor? Color = null)
{
    public static readonly TextStyle Body = new();
    public static readonly TextStyle Small = new(8);
    public static readonly TextStyle Heading = new(16, Bold: true);

    /// <summary>Fonts are made once per size and weight: PDFsharp resolves a new XFont's typeface each time.</summary>
    private static readonly ConcurrentDictionary<(double Size, bool Bold), XFont> Fonts = new();

    /// <summary>Brushes are shared as fonts are: PDFsharp only reads their colour.</summary>
    private static readonly ConcurrentDictionary<XColor, XBrush> Brushes = new(new ColorComparer());

    public XFont Font => Fonts.GetOrAdd((Size, Bold), key => new XFont(PortalFonts.Family, key.Size, key.Bold ? XFontStyleEx.Bold : XFontStyleEx.Regular));

    public XBrush Brush => Brushes.GetOrAdd(Color ?? XColors.Black, color => new XSolidBrush(color));

    public double LineHeight => Size * 1.3;

    /// <summary>Compares colours without boxing them: <see cref="XColor"/> only has <see cref="object.Equals(object)"/>.</summary>
    private sealed class ColorComparer : IEqualityComparer<XColor>
    {
        public bool Equals(XColor x, XColor y) => x == y;

        public int GetHashCode(XColor color) => color.GetHashCode();
    }
}
