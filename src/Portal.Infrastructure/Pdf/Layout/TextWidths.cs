using System.Collections.Concurrent;
using PdfSharp.Drawing;

namespace Portal.Infrastructure.Pdf.Layout;

/// <summary>
/// The widths of words and lines, kept between documents: a width depends only on the font (one <see cref="XFont"/> per
/// size and weight, <see cref="TextStyle"/>) and the text, and PDFsharp measures each time anew, allocating per glyph.
/// A word inside a longer text is looked up by its span, without cutting it out as a string of its own.
/// Safe for documents drawn at once; a font's widths are emptied when it holds more than <see cref="Capacity"/> texts.
/// </summary>
public static class TextWidths
{
    private const int Capacity = 50_000;
    private static readonly ConcurrentDictionary<XFont, ConcurrentDictionary<string, double>> Fonts = new();

    public static double Of(XGraphics graphics, string text, XFont font) => Of(graphics, text.AsSpan(), font);

    public static double Of(XGraphics graphics, ReadOnlySpan<char> text, XFont font)
    {
        var widths = Fonts.GetOrAdd(font, _ => new ConcurrentDictionary<string, double>(StringComparer.Ordinal));
        var bySpan = widths.GetAlternateLookup<ReadOnlySpan<char>>();
        if (bySpan.TryGetValue(text, out var width))
        {
            return width;
        }
        if (widths.Count >= Capacity)
        {
            widths.Clear();
        }
        var word = text.ToString();
        width = graphics.MeasureString(word, font).Width;
        widths[word] = width;
        return width;
    }
}
