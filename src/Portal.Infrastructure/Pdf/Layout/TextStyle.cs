using PdfSharp.Drawing;

namespace Portal.Infrastructure.Pdf.Layout;

/// <summary>How a run of text looks: size in points, weight and colour.</summary>
public sealed record TextStyle(double Size = 10, bool Bold = false, XColor? Color = null)
{
    public static readonly TextStyle Body = new();
    public static readonly TextStyle Small = new(8);
    public static readonly TextStyle Heading = new(16, Bold: true);

    public XFont Font => new(PortalFonts.Family, Size, Bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);

    public XBrush Brush => new XSolidBrush(Color ?? XColors.Black);

    public double LineHeight => Size * 1.3;
}
