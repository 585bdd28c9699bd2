using PdfSharp.Drawing;

namespace Portal.Infrastructure.Pdf.Layout;

/// <summary>
/// The area a block draws in, with PDFsharp's graphics for vector drawing and text drawing that replaces a character
/// the font lacks visibly instead of dropping it, and drawings that recur in the document placed from one copy.
/// </summary>
public sealed class PdfCanvas(XGraphics graphics, XRect area, Func<string, string> clean, RecurringDrawings? recurring = null)
{
    public XGraphics Graphics => graphics;

    public XRect Area => area;

    public void Text(string text, TextStyle style, XRect box, XStringFormat? format = null) =>
        graphics.DrawString(clean(text), style.Font, style.Brush, box, format ?? XStringFormats.TopLeft);

    public double Width(string text, TextStyle style) => TextWidths.Of(graphics, clean(text), style.Font);

    /// <summary>
    /// A drawing in the box that may recur in the document: the same key means the same drawing, drawn once (on a
    /// canvas whose area is the box's size) and placed again for each recurrence.
    /// </summary>
    public void Recurring(string key, XRect box, Action<PdfCanvas> draw)
    {
        if (recurring is null)
        {
            draw(new PdfCanvas(graphics, box, clean));
            return;
        }
        recurring.Place(graphics, key, box, draw);
    }

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
