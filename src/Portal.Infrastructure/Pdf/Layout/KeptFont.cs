using System.Buffers.Binary;
using System.Text;

namespace Portal.Infrastructure.Pdf.Layout;

/// <summary>
/// A TrueType font cut down, once per process, to the glyphs of the characters our documents print (and the glyphs
/// those are built from), numbered afresh. PDFsharp subsets the font it is given for every document, and the subset
/// carries a width and a location for every glyph of that font: from a font of 2,000 glyphs instead of DejaVu's 6,000
/// each document builds, compresses and embeds a third of that. Outlines, hinting and metrics are copied unchanged, so
/// the text looks and measures the same.
/// </summary>
public static class KeptFont
{
    /// <summary>Tables copied as they are; the glyph tables, the character map and the glyph count are written anew, the rest left out.</summary>
    private static readonly string[] CopiedTables = ["OS/2", "cvt ", "fpgm", "gasp", "name", "prep"];

    private const int ComponentMoreFollow = 0x20;
    private const int ComponentWordArguments = 0x01;
    private const int ComponentScale = 0x08;
    private const int ComponentXYScale = 0x40;
    private const int ComponentTwoByTwo = 0x80;

    /// <summary>The font with only the glyphs of the kept characters of the Basic Multilingual Plane.</summary>
    public static byte[] Of(byte[] font, Func<int, bool> keep)
    {
        var tables = Tables(font);
        var characters = GlyphCoverage.GlyphsOf(font).Where(c => c.Key <= char.MaxValue && keep(c.Key)).ToDictionary();
        var glyphs = Closure(font, tables, characters.Values);
        var renumbered = new Dictionary<int, int>(glyphs.Count);
        foreach (var glyph in glyphs)
        {
            renumbered[glyph] = renumbered.Count;
        }
        var (glyf, loca) = GlyphTables(font, tables, glyphs, renumbered);
        var written = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["cmap"] = CharacterMap(characters.ToDictionary(c => c.Key, c => renumbered[c.Value])),
            ["glyf"] = glyf,
            ["loca"] = loca,
            ["hmtx"] = Metrics(font, tables, glyphs),
            ["head"] = Patched(font, tables["head"], head => BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(50), 1)),
            ["hhea"] = Patched(font, tables["hhea"], hhea => BinaryPrimitives.WriteUInt16BigEndian(hhea.AsSpan(34), (ushort)glyphs.Count)),
            ["maxp"] = Patched(font, tables["maxp"], maxp => BinaryPrimitives.WriteUInt16BigEndian(maxp.AsSpan(4), (ushort)glyphs.Count)),
            // Version 3 names no glyphs: the glyph names would be the largest table left.
            ["post"] = Patched(font, (tables["post"].Offset, 32), post => BinaryPrimitives.WriteUInt32BigEndian(post, 0x00030000)),
        };
        foreach (var tag in CopiedTables.Where(tables.ContainsKey))
        {
            written[tag] = font.AsSpan(tables[tag].Offset, tables[tag].Length).ToArray();
        }
        return Assemble(written);
    }

    private static Dictionary<string, (int Offset, int Length)> Tables(byte[] font)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        var tables = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var record = font.AsSpan(12 + i * 16);
            tables[Encoding.ASCII.GetString(record[..4])] =
                ((int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]), (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]));
        }
        return tables;
    }

    /// <summary>Where each glyph's outline lies in the glyf table, from the loca table (short or long offsets).</summary>
    private static (int Start, int End) Outline(byte[] font, Dictionary<string, (int Offset, int Length)> tables, int glyph)
    {
        var loca = tables["loca"].Offset;
        var longOffsets = BinaryPrimitives.ReadInt16BigEndian(font.AsSpan(tables["head"].Offset + 50)) == 1;
        return longOffsets
            ? ((int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(loca + glyph * 4)), (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(loca + glyph * 4 + 4)))
            : (BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(loca + glyph * 2)) * 2, BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(loca + glyph * 2 + 2)) * 2);
    }

    /// <summary>The offsets of the component glyph numbers in a composite glyph's outline (none for a simple glyph).</summary>
    private static IEnumerable<int> ComponentOffsets(byte[] font, int outline, int length)
    {
        if (length == 0 || BinaryPrimitives.ReadInt16BigEndian(font.AsSpan(outline)) >= 0)
        {
            yield break;
        }
        var at = outline + 10;
        int flags;
        do
        {
            flags = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(at));
            yield return at + 2;
            at += 4 + ((flags & ComponentWordArguments) != 0 ? 4 : 2);
            at += (flags & ComponentScale) != 0 ? 2 : (flags & ComponentXYScale) != 0 ? 4 : (flags & ComponentTwoByTwo) != 0 ? 8 : 0;
        }
        while ((flags & ComponentMoreFollow) != 0);
    }

    /// <summary>The glyphs kept: the missing glyph (0), the characters' glyphs and every glyph a composite one is built from, in their old order.</summary>
    private static List<int> Closure(byte[] font, Dictionary<string, (int Offset, int Length)> tables, IEnumerable<int> glyphs)
    {
        var kept = new SortedSet<int>();
        var pending = new Stack<int>(glyphs.Append(0));
        while (pending.TryPop(out var glyph))
        {
            if (!kept.Add(glyph))
            {
                continue;
            }
            var (start, end) = Outline(font, tables, glyph);
            foreach (var component in ComponentOffsets(font, tables["glyf"].Offset + start, end - start))
            {
                var part = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(component));
                if (!kept.Contains(part))
                {
                    pending.Push(part);
                }
            }
        }
        return [.. kept];
    }

    /// <summary>The kept outlines one after the other as they were (composites pointing at their parts' new numbers) and their long offsets.</summary>
    private static (byte[] Glyf, byte[] Loca) GlyphTables(byte[] font, Dictionary<string, (int Offset, int Length)> tables, List<int> glyphs, Dictionary<int, int> renumbered)
    {
        var glyf = new MemoryStream();
        var loca = new byte[(glyphs.Count + 1) * 4];
        for (var i = 0; i < glyphs.Count; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(i * 4), (uint)glyf.Length);
            var (start, end) = Outline(font, tables, glyphs[i]);
            var outline = font.AsSpan(tables["glyf"].Offset + start, end - start).ToArray();
            foreach (var component in ComponentOffsets(font, tables["glyf"].Offset + start, end - start))
            {
                var at = component - tables["glyf"].Offset - start;
                BinaryPrimitives.WriteUInt16BigEndian(outline.AsSpan(at), (ushort)renumbered[BinaryPrimitives.ReadUInt16BigEndian(outline.AsSpan(at))]);
            }
            glyf.Write(outline);
        }
        BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(glyphs.Count * 4), (uint)glyf.Length);
        return (glyf.ToArray(), loca);
    }

    /// <summary>An advance width and left side bearing for every kept glyph.</summary>
    private static byte[] Metrics(byte[] font, Dictionary<string, (int Offset, int Length)> tables, List<int> glyphs)
    {
        var hmtx = tables["hmtx"].Offset;
        int longMetrics = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(tables["hhea"].Offset + 34));
        var metrics = new byte[glyphs.Count * 4];
        for (var i = 0; i < glyphs.Count; i++)
        {
            var glyph = glyphs[i];
            var advance = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(hmtx + Math.Min(glyph, longMetrics - 1) * 4));
            var bearing = glyph < longMetrics
                ? BinaryPrimitives.ReadInt16BigEndian(font.AsSpan(hmtx + glyph * 4 + 2))
                : BinaryPrimitives.ReadInt16BigEndian(font.AsSpan(hmtx + longMetrics * 4 + (glyph - longMetrics) * 2));
            BinaryPrimitives.WriteUInt16BigEndian(metrics.AsSpan(i * 4), advance);
            BinaryPrimitives.WriteInt16BigEndian(metrics.AsSpan(i * 4 + 2), bearing);
        }
        return metrics;
    }

    /// <summary>
    /// A Windows Unicode character map (format 4): runs of consecutive characters whose glyphs are consecutive too, each
    /// one segment with a delta, closed by the segment of U+FFFF.
    /// </summary>
    private static byte[] CharacterMap(Dictionary<int, int> glyphOf)
    {
        var segments = new List<(int Start, int End, int Delta)>();
        foreach (var character in glyphOf.Keys.Order())
        {
            var delta = glyphOf[character] - character;
            if (segments.Count > 0 && segments[^1].End == character - 1 && segments[^1].Delta == delta)
            {
                segments[^1] = segments[^1] with { End = character };
            }
            else
            {
                segments.Add((character, character, delta));
            }
        }
        segments.Add((0xFFFF, 0xFFFF, 1));
        var count = segments.Count;
        var subtable = new byte[16 + count * 8];
        var span = subtable.AsSpan();
        var power = (int)Math.Pow(2, Math.Floor(Math.Log2(count)));
        BinaryPrimitives.WriteUInt16BigEndian(span, 4);
        BinaryPrimitives.WriteUInt16BigEndian(span[2..], (ushort)subtable.Length);
        BinaryPrimitives.WriteUInt16BigEndian(span[6..], (ushort)(count * 2));
        BinaryPrimitives.WriteUInt16BigEndian(span[8..], (ushort)(power * 2));
        BinaryPrimitives.WriteUInt16BigEndian(span[10..], (ushort)Math.Log2(power));
        BinaryPrimitives.WriteUInt16BigEndian(span[12..], (ushort)((count - power) * 2));
        for (var s = 0; s < count; s++)
        {
            BinaryPrimitives.WriteUInt16BigEndian(span[(14 + s * 2)..], (ushort)segments[s].End);
            BinaryPrimitives.WriteUInt16BigEndian(span[(16 + count * 2 + s * 2)..], (ushort)segments[s].Start);
            BinaryPrimitives.WriteUInt16BigEndian(span[(16 + count * 4 + s * 2)..], (ushort)segments[s].Delta);
        }
        var cmap = new byte[12 + subtable.Length];
        BinaryPrimitives.WriteUInt16BigEndian(cmap.AsSpan(2), 1);
        BinaryPrimitives.WriteUInt16BigEndian(cmap.AsSpan(4), 3);
        BinaryPrimitives.WriteUInt16BigEndian(cmap.AsSpan(6), 1);
        BinaryPrimitives.WriteUInt32BigEndian(cmap.AsSpan(8), 12);
        subtable.CopyTo(cmap, 12);
        return cmap;
    }

    private static byte[] Patched(byte[] font, (int Offset, int Length) table, Action<byte[]> patch)
    {
        var copy = font.AsSpan(table.Offset, table.Length).ToArray();
        patch(copy);
        return copy;
    }

    /// <summary>The font file: the table directory, then each table on a four-byte boundary, with checksums.</summary>
    private static byte[] Assemble(SortedDictionary<string, byte[]> tables)
    {
        var count = tables.Count;
        var power = (int)Math.Pow(2, Math.Floor(Math.Log2(count)));
        var size = 12 + count * 16 + tables.Values.Sum(t => (t.Length + 3) & ~3);
        var file = new byte[size];
        BinaryPrimitives.WriteUInt32BigEndian(file, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(file.AsSpan(4), (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(file.AsSpan(6), (ushort)(power * 16));
        BinaryPrimitives.WriteUInt16BigEndian(file.AsSpan(8), (ushort)Math.Log2(power));
        BinaryPrimitives.WriteUInt16BigEndian(file.AsSpan(10), (ushort)((count - power) * 16));
        var offset = 12 + count * 16;
        var record = 12;
        var head = 0;
        foreach (var (tag, table) in tables)
        {
            if (tag == "head")
            {
                head = offset;
                Array.Clear(table, 8, 4);
            }
            Encoding.ASCII.GetBytes(tag, file.AsSpan(record));
            BinaryPrimitives.WriteUInt32BigEndian(file.AsSpan(record + 4), Checksum(table));
            BinaryPrimitives.WriteUInt32BigEndian(file.AsSpan(record + 8), (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(file.AsSpan(record + 12), (uint)table.Length);
            table.CopyTo(file, offset);
            offset += (table.Length + 3) & ~3;
            record += 16;
        }
        BinaryPrimitives.WriteUInt32BigEndian(file.AsSpan(head + 8), unchecked(0xB1B0AFBA - Checksum(file)));
        return file;
    }

    private static uint Checksum(byte[] data)
    {
        var sum = 0u;
        var whole = data.Length & ~3;
        for (var i = 0; i < whole; i += 4)
        {
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(i)));
        }
        var last = new byte[4];
        data.AsSpan(whole).CopyTo(last);
        return unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(last));
    }
}
