using PdfSharp.Drawing;

namespace Portal.Infrastructure.Pdf.Layout;

/// <summary>
/// The area a block draws in, with PDFsharp's graphics for vector drawing and text drawing that replaces a character
/// the font lacks visibly instead of dropping it.
/// </summary>
public sealed class PdfCanvas(XGraphics graphics, XRect area, Func<string, string> clean)
{
    public XGraphics Graphics => graphics;

    public XRect Area => area;

    public void Text(string text, TextStyle style, XRect box, XStringFormat? format = null) =>
        graphics.DrawString(clean(text), style.Font, style.Brush, box, format ?? XStringFormats.TopLeft);

    public double Width(string text, TextStyle style) => graphics.MeasureString(clean(text), style.Font).Width;

    /// <summary>Text wrapped to a width from a top-left point; answers where the next line would start.</summary>
    public double Paragraph(string text, TextStyle style, XPoint topLeft, double width)
    {
        var y = topLeft.Y;
        foreach (var line in TextWrapper.Wrap(graphics, clean(text), style.Font, width))
        {
            graphics.DrawString(line, style.Font, style.Brush, new XRect(topLeft.X, y, width, style.LineHeight), XStringFormats.TopLeft);
            y += style.LineHeight;
        }
        return y;
    }
}
