using System.Buffers.Binary;
using System.Collections;
using System.Globalization;
using System.Text;

namespace Portal.Infrastructure.Pdf.Layout;

/// <summary>
/// Which characters a TrueType font can draw, read from its character map (formats 4 and 12). Text is checked
/// against it before drawing: PDFsharp would otherwise draw an empty box, or nothing, without a word.
/// </summary>
public sealed class GlyphCoverage
{
    public const string Replacement = "\uFFFD";

    private readonly HashSet<int> _codePoints;

    /// <summary>The covered characters of the Basic Multilingual Plane as bits, the question every drawn character asks.</summary>
    private readonly BitArray _basicPlane = new(char.MaxValue + 1);

    private GlyphCoverage(HashSet<int> codePoints)
    {
        _codePoints = codePoints;
        foreach (var codePoint in codePoints.Where(c => c <= char.MaxValue))
        {
            _basicPlane[codePoint] = true;
        }
        foreach (var control in "\n\r\t")
        {
            _basicPlane[control] = true;
        }
    }

    public static GlyphCoverage Read(byte[] font) => new([.. GlyphsOf(font).Keys]);

    /// <summary>Each character the font can draw, with its glyph's number.</summary>
    public static Dictionary<int, int> GlyphsOf(byte[] font)
    {
        var cmap = FindTable(font, "cmap");
        var subtable = BestSubtable(font, cmap);
        var format = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(subtable));
        return format switch
        {
            4 => ReadFormat4(font, subtable),
            12 => ReadFormat12(font, subtable),
            _ => throw new InvalidDataException($"The font's character map has format {format}; formats 4 and 12 are read."),
        };
    }

    /// <summary>The characters both fonts can draw: text drawn in either face then never lacks a glyph.</summary>
    public GlyphCoverage Intersect(GlyphCoverage other) => new([.. _codePoints.Where(other._codePoints.Contains)]);

    public bool Covers(int codePoint) => codePoint <= char.MaxValue ? _basicPlane[codePoint] : _codePoints.Contains(codePoint);

    /// <summary>The text with every character the font lacks replaced by a visible mark; the lacking ones are added to <paramref name="missing"/>.</summary>
    public string Clean(string text, ISet<string> missing)
    {
        if (CoversAll(text))
        {
            return text;
        }
        var mark = Covers(Replacement[0]) ? Replacement : "?";
        var clean = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (Covers(rune.Value))
            {
                clean.Append(rune.ToString());
            }
            else
            {
                missing.Add(string.Create(CultureInfo.InvariantCulture, $"U+{rune.Value:X4}"));
                clean.Append(mark);
            }
        }
        return clean.ToString();
    }

    /// <summary>Whether every character of the text can be drawn, asked per character without allocating.</summary>
    private bool CoversAll(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (!Covers(rune.Value))
            {
                return false;
            }
        }
        return true;
    }

    private static int FindTable(byte[] font, string tag)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        for (var i = 0; i < count; i++)
        {
            var record = 12 + i * 16;
            if (Encoding.ASCII.GetString(font, record, 4) == tag)
            {
                return (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 8));
            }
        }
        throw new InvalidDataException($"The font has no {tag} table.");
    }

    /// <summary>The Unicode subtable: the full-repertoire one (3,10) when there is one, else the BMP one (3,1 or 0,x).</summary>
    private static int BestSubtable(byte[] font, int cmap)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(cmap + 2));
        int? best = null;
        var bestRank = 0;
        for (var i = 0; i < count; i++)
        {
            var record = cmap + 4 + i * 8;
            var platform = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(record));
            var encoding = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(record + 2));
            var rank = (platform, encoding) switch { (3, 10) => 3, (3, 1) => 2, (0, _) => 1, _ => 0 };
            if (rank > bestRank)
            {
                bestRank = rank;
                best = cmap + (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 4));
            }
        }
        return best ?? throw new InvalidDataException("The font has no Unicode character map.");
    }

    private static Dictionary<int, int> ReadFormat4(byte[] font, int table)
    {
        var span = font.AsSpan(table);
        var segments = BinaryPrimitives.ReadUInt16BigEndian(span[6..]) / 2;
        var ends = 14;
        var starts = ends + segments * 2 + 2;
        var deltas = starts + segments * 2;
        var rangeOffsets = deltas + segments * 2;
        var codePoints = new Dictionary<int, int>();
        for (var s = 0; s < segments; s++)
        {
            int end = BinaryPrimitives.ReadUInt16BigEndian(span[(ends + s * 2)..]);
            int start = BinaryPrimitives.ReadUInt16BigEndian(span[(starts + s * 2)..]);
            int delta = BinaryPrimitives.ReadInt16BigEndian(span[(deltas + s * 2)..]);
            var rangeOffsetAt = rangeOffsets + s * 2;
            int rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(span[rangeOffsetAt..]);
            for (var c = start; c <= end && c != 0xFFFF; c++)
            {
                var glyph = rangeOffset == 0
                    ? (c + delta) & 0xFFFF
                    : GlyphFromArray(span, rangeOffsetAt + rangeOffset + (c - start) * 2, delta);
                if (glyph != 0)
                {
                    codePoints[c] = glyph;
                }
            }
        }
        return codePoints;
    }

    private static int GlyphFromArray(ReadOnlySpan<byte> span, int at, int delta)
    {
        int glyph = BinaryPrimitives.ReadUInt16BigEndian(span[at..]);
        return glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
    }

    private static Dictionary<int, int> ReadFormat12(byte[] font, int table)
    {
        var span = font.AsSpan(table);
        var groups = (int)BinaryPrimitives.ReadUInt32BigEndian(span[12..]);
        var codePoints = new Dictionary<int, int>();
        for (var g = 0; g < groups; g++)
        {
            var group = span[(16 + g * 12)..];
            var start = (int)BinaryPrimitives.ReadUInt32BigEndian(group);
            var end = (int)BinaryPrimitives.ReadUInt32BigEndian(group[4..]);
            var firstGlyph = BinaryPrimitives.ReadUInt32BigEndian(group[8..]);
            for (var c = start; c <= end; c++)
            {
                var glyph = (int)(firstGlyph + (uint)(c - start));
                if (glyph != 0)
                {
                    codePoints[c] = glyph;
                }
            }
        }
        return codePoints;
    }
}
