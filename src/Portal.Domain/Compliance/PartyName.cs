using System.Globalization;
using System.Text;

namespace Portal.Domain.Compliance;

/// <summary>
/// A name as screening compares it: its words in one spelling, whatever the name's case, punctuation, accents, script
/// or legal form. The name is lower-cased and decomposed (NFKD) and its accents dropped; Cyrillic and Greek letters and
/// a few Latin ones without a decomposition (ß, æ, ø, ł, đ...) are written in plain Latin (<see cref="LatinLetters"/>);
/// "&amp;" is "and"; an apostrophe joins ("O'Neil" is "oneil") and any other sign separates words; single letters in a
/// row are one word ("S.A.", "S A" and "SA" are "sa"). Legal forms and "the" are dropped (<see cref="LegalForms"/>),
/// unless nothing else is left, and each word is spelled as <see cref="SpellingVariants"/> folds it.
/// Word order is kept but means nothing: <see cref="NameSimilarity"/> compares the words as a bag.
/// </summary>
public sealed class PartyName
{
    private PartyName(IReadOnlyList<string> words)
    {
        Words = words;
        Length = words.Sum(w => w.Length);
    }

    public IReadOnlyList<string> Words { get; }

    /// <summary>The letters of all the words: a name's weight when words are counted by their length.</summary>
    public int Length { get; }

    public static PartyName Of(string name)
    {
        var written = Split(name);
        var kept = LegalForms.Drop(written);
        return new PartyName((kept.Count > 0 ? kept : written).Select(SpellingVariants.Fold).ToArray());
    }

    public override string ToString() => string.Join(' ', Words);

    /// <summary>The name's words in plain lower-case Latin, before legal forms and spellings are considered.</summary>
    internal static IReadOnlyList<string> Split(string name)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var letters = string.Concat(name.ToLowerInvariant().Normalize(NormalizationForm.FormKD).Where(c => !IsMark(c)));
        foreach (var c in LatinLetters.ReadGreekPairs(letters))
        {
            if (char.IsLetterOrDigit(c))
            {
                LatinLetters.Append(word, c);
            }
            else if (c == '&')
            {
                EndWord(words, word);
                words.Add("and");
            }
            else if (c is not ('\'' or '\u2019'))
            {
                EndWord(words, word);
            }
        }
        EndWord(words, word);
        return JoinSingleLetters(words);
    }

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c)
        is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static void EndWord(List<string> words, StringBuilder word)
    {
        if (word.Length > 0)
        {
            words.Add(word.ToString());
            word.Clear();
        }
    }

    private static List<string> JoinSingleLetters(List<string> words)
    {
        var joined = new List<string>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Length == 1 && i > 0 && words[i - 1].Length == 1)
            {
                joined[^1] += words[i];
            }
            else
            {
                joined.Add(words[i]);
            }
        }
        return joined;
    }
}
