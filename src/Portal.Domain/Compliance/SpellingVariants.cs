using System.Text;

namespace Portal.Domain.Compliance;

/// <summary>
/// Folds the spellings that the same name takes in different languages and transliterations into one: the German
/// digraphs that stand for umlauts (Mueller, Müller and Muller are "muler"), the Latin letters that Cyrillic writes
/// with one sound (c and q as k, x as ks, w as v, ph as f, y as i, kh as h, dzh as j, sch as sh; "ch" stays) and
/// doubled letters. Both sides of a comparison are folded the same way, so a fold can only bring names closer.
/// </summary>
internal static class SpellingVariants
{
    /// <summary>Tried at each position in this order; the first that stands there is written instead.</summary>
    private static readonly (string Spelling, string Folded)[] Rules =
    [
        ("sch", "sh"), ("dzh", "j"), ("ch", "ch"), ("kh", "h"), ("ph", "f"), ("ck", "k"),
        ("ae", "a"), ("oe", "o"), ("ue", "u"), ("c", "k"), ("q", "k"), ("x", "ks"), ("w", "v"), ("y", "i"),
    ];

    public static string Fold(string word)
    {
        var folded = new StringBuilder(word.Length);
        for (var i = 0; i < word.Length;)
        {
            var (spelling, replacement) = Rules.FirstOrDefault(r => word.AsSpan(i).StartsWith(r.Spelling, StringComparison.Ordinal));
            var written = spelling is null ? word.AsSpan(i, 1) : replacement.AsSpan();
            foreach (var c in written)
            {
                if (!(char.IsLetter(c) && folded.Length > 0 && folded[^1] == c))
                {
                    folded.Append(c);
                }
            }
            i += spelling?.Length ?? 1;
        }
        return folded.ToString();
    }
}
