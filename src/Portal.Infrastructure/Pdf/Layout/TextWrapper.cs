using PdfSharp.Drawing;

namespace Portal.Infrastructure.Pdf.Layout;

/// <summary>Breaks text into lines that fit a width: at spaces, and inside a word only when the word alone is too wide.</summary>
public static class TextWrapper
{
    public static IReadOnlyList<string> Wrap(XGraphics graphics, string text, XFont font, double width)
    {
        if (IsOneLine(graphics, text, font, width))
        {
            return [text];
        }
        var lines = new List<string>();
        var space = TextWidths.Of(graphics, " ", font);
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = string.Empty;
            var lineWidth = 0.0;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                // Each word is measured once; a line's width is the sum of its words and spaces (PDFsharp does not kern).
                var wordWidth = TextWidths.Of(graphics, word, font);
                var candidate = line.Length == 0 ? wordWidth : lineWidth + space + wordWidth;
                if (candidate <= width)
                {
                    line = line.Length == 0 ? word : line + " " + word;
                    lineWidth = candidate;
                    continue;
                }
                if (line.Length > 0)
                {
                    lines.Add(line);
                }
                line = word;
                lineWidth = wordWidth;
                while (lineWidth > width && line.Length > 1)
                {
                    var fits = FittingLength(graphics, line, font, width);
                    lines.Add(line[..fits]);
                    line = line[fits..];
                    lineWidth = TextWidths.Of(graphics, line, font);
                }
            }
            lines.Add(line);
        }
        return lines;
    }

    /// <summary>
    /// Whether the text is its own only line: words one space apart on one line, together no wider than the width (the
    /// common case, a table cell or a short line, answered from the words' widths without splitting the text).
    /// </summary>
    private static bool IsOneLine(XGraphics graphics, string text, XFont font, double width)
    {
        if (text.Length == 0)
        {
            return true;
        }
        if (text[0] == ' ' || text[^1] == ' ' || text.AsSpan().IndexOfAny('\n', '\r') >= 0 || text.Contains("  ", StringComparison.Ordinal))
        {
            return false;
        }
        var space = TextWidths.Of(graphics, " ", font);
        var lineWidth = 0.0;
        var first = true;
        foreach (var word in text.AsSpan().Split(' '))
        {
            var wordWidth = TextWidths.Of(graphics, text.AsSpan()[word], font);
            lineWidth = first ? wordWidth : lineWidth + space + wordWidth;
            first = false;
            if (lineWidth > width)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>How many characters of the text fit the width: at least one character, and never half a surrogate pair.</summary>
    private static int FittingLength(XGraphics graphics, string text, XFont font, double width)
    {
        var length = CharacterAt(text, 0);
        while (length < text.Length)
        {
            var next = length + CharacterAt(text, length);
            if (TextWidths.Of(graphics, text.AsSpan(0, next), font) > width)
            {
                break;
            }
            length = next;
        }
        return length;
    }

    private static int CharacterAt(string text, int index) => char.IsHighSurrogate(text[index]) && index + 1 < text.Length ? 2 : 1;
}
