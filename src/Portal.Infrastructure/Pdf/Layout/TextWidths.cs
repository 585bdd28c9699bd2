using System.Collections.Concurrent;
using PdfSharp.Drawing;

namespace Portal.Infrastructure.Pdf.Layout;

/// <summary>
/// The widths of words and lines, kept between documents: a width depends only on the font (one <see cref="XFont"/> per
/// size and weight, <see cref="TextStyle"/>) and the text, and PDFsharp measures each time anew, allocating per glyph.
/// Safe for documents drawn at once; emptied when it holds more than <see cref="Capacity"/> texts.
/// </summary>
public static class TextWidths
{
    private const int Capacity = 50_000;
    private static readonly ConcurrentDictionary<(XFont Font, string Text), double> Widths = new();

    public static double Of(XGraphics graphics, string text, XFont font)
    {
        if (Widths.TryGetValue((font, text), out var width))
        {
            return width;
        }
        if (Widths.Count >= Capacity)
        {
            Widths.Clear();
        }
        width = graphics.MeasureString(text, font).Width;
        Widths[(font, text)] = width;
        return width;
    }
}
