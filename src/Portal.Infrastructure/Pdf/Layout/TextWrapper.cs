using PdfSharp.Drawing;

namespace Portal.Infrastructure.Pdf.Layout;

/// <summary>Breaks text into lines that fit a width: at spaces, and inside a word only when the word alone is too wide.</summary>
public static class TextWrapper
{
    public static IReadOnlyList<string> Wrap(XGraphics graphics, string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = string.Empty;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (graphics.MeasureString(candidate, font).Width <= width)
                {
                    line = candidate;
                    continue;
                }
                if (line.Length > 0)
                {
                    lines.Add(line);
                }
                line = word;
                while (graphics.MeasureString(line, font).Width > width && line.Length > 1)
                {
                    var fits = FittingLength(graphics, line, font, width);
                    lines.Add(line[..fits]);
                    line = line[fits..];
                }
            }
            lines.Add(line);
        }
        return lines;
    }

    /// <summary>How many characters of the text fit the width: at least one character, and never half a surrogate pair.</summary>
    private static int FittingLength(XGraphics graphics, string text, XFont font, double width)
    {
        var length = CharacterAt(text, 0);
        while (length < text.Length)
        {
            var next = length + CharacterAt(text, length);
            if (graphics.MeasureString(text[..next], font).Width > width)
            {
                break;
            }
            length = next;
        }
        return length;
    }

    private static int CharacterAt(string text, int index) => char.IsHighSurrogate(text[index]) && index + 1 < text.Length ? 2 : 1;
}
