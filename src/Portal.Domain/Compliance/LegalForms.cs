using System.Collections.Frozen;

namespace Portal.Domain.Compliance;

/// <summary>
/// The legal forms and company suffixes that say nothing about who a company is, dropped from names before they are
/// compared, wherever they stand: "Acme Ltd", "ACME LIMITED" and "OOO Acme" are all "acme". They are written as
/// companies write them and split like names, so "sp. z o.o." drops the words "sp zoo" in that order.
/// </summary>
internal static class LegalForms
{
    private static readonly FrozenSet<string> Words = new[]
    {
        "the", "ltd", "limited", "llc", "inc", "incorporated", "co", "company", "corp", "corporation", "gmbh", "mbh",
        "ag", "kg", "ug", "sa", "sas", "sarl", "srl", "spa", "sl", "bv", "nv", "plc", "oy", "oyj", "ab", "as", "asa",
        "kk", "jsc", "ojsc", "pjsc", "cjsc", "ooo", "zao", "oao", "pao", "ao", "llp", "lp", "pte", "pty", "pvt",
        "private", "fze", "fzc", "fzco", "ltda", "sro", "kft", "zrt", "sdn", "bhd", "tbk", "ae", "epe",
    }.ToFrozenSet();

    /// <summary>Forms of several words, longest first so that the longest wins.</summary>
    private static readonly IReadOnlyList<IReadOnlyList<string>> Phrases = new[]
    {
        "public joint stock company", "closed joint stock company", "open joint stock company", "joint stock company",
        "limited liability company", "limited liability partnership", "free zone establishment", "free zone company",
        "sp. z o.o.", "s. de r.l.", "s.a. de c.v.",
    }.Select(PartyName.Split).OrderByDescending(p => p.Count).ToArray();

    public static IReadOnlyList<string> Drop(IReadOnlyList<string> words)
    {
        var kept = new List<string>(words.Count);
        for (var i = 0; i < words.Count;)
        {
            var phrase = Phrases.FirstOrDefault(p => StandsAt(p, words, i));
            if (phrase is not null)
            {
                i += phrase.Count;
                continue;
            }
            if (!Words.Contains(words[i]))
            {
                kept.Add(words[i]);
            }
            i++;
        }
        return kept;
    }

    private static bool StandsAt(IReadOnlyList<string> phrase, IReadOnlyList<string> words, int start) =>
        start + phrase.Count <= words.Count && phrase.Select((word, i) => words[start + i] == word).All(same => same);
}
