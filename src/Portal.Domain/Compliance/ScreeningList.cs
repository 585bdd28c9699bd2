namespace Portal.Domain.Compliance;

/// <summary>
/// A restricted-party list made ready for screening: every name and alternate name of its parties read once
/// (<see cref="PartyName"/>) and their words indexed (<see cref="WordIndex"/>). A name's score with a screened name is
/// never above the likeness of their best pair of words (<see cref="NameSimilarity"/>), so <see cref="Screen"/> scores
/// only the names with a word at least as alike as the threshold to a screened word, and finds exactly the candidates
/// that scoring every name (<see cref="ScreenEveryName"/>) finds. Built once, it can be shared by concurrent screenings.
/// </summary>
public sealed class ScreeningList
{
    /// <summary>
    /// The score from which a listed name is a candidate. The same company written another way scored 0.9 or more in
    /// our tests: another legal form, case or word order (1), Müller or Mueller (1), Cyrillic or Greek (0.92 to 1), a
    /// letter wrong in a long word (0.93 to 0.98), a word more ("Helios Compute Holdings", 0.905). Near names scored
    /// 0.86 or less: "Helion Compute Group" for "Helios Compute GmbH" (0.86), "Ford Komputer" for "Fjord Compute"
    /// (0.85), "Acme Holdings" for "Acme" (0.83), "Helios Aerospace Labs" for "Helios AI Labs" (0.79).
    /// </summary>
    public const double DefaultThreshold = 0.88;

    /// <summary>Below it every word would share too few letter pairs to tell, and the index could not pass over any name.</summary>
    public const double LowestThreshold = 0.5;

    private readonly ListedName[] _names;
    private readonly WordIndex _words;
    private readonly int[][] _namesByWord;

    public ScreeningList(IEnumerable<RestrictedParty> parties)
    {
        Parties = parties.ToArray();
        var read = Parties.SelectMany((party, index) => party.Names.Select(name => (Party: index, Text: name, Name: PartyName.Of(name)))).ToArray();
        _words = new WordIndex(read.SelectMany(n => n.Name.Words));
        var numbers = _words.Words.Select((word, id) => (word, id)).ToDictionary(w => w.word, w => w.id);
        _names = read.Select(n => new ListedName(n.Party, n.Text, n.Name, n.Name.Words.Select(w => numbers[w]).ToArray())).ToArray();
        _namesByWord = _names
            .SelectMany((name, id) => name.Words.Distinct().Select(word => (Word: word, Name: id)))
            .GroupBy(w => w.Word, w => w.Name)
            .OrderBy(g => g.Key)
            .Select(g => g.ToArray())
            .ToArray();
    }

    public IReadOnlyList<RestrictedParty> Parties { get; }

    /// <summary>The parties with a name scoring at least <paramref name="threshold"/> with <paramref name="name"/>, best first.</summary>
    public IReadOnlyList<ScreeningCandidate> Screen(string name, double threshold = DefaultThreshold)
    {
        CheckThreshold(threshold);
        var screened = PartyName.Of(name);
        var names = screened.Words.Distinct()
            .SelectMany(word => _words.Alike(word, threshold))
            .Distinct()
            .SelectMany(word => _namesByWord[word])
            .Distinct();
        var likeness = new Dictionary<int, double[]>();
        return Candidates(names, listed => NameSimilarity.Score(screened, listed.Name, (i, j) => Alike(i, listed.Words[j])), threshold);

        double Alike(int screenedWord, int listedWord)
        {
            if (!likeness.TryGetValue(listedWord, out var row))
            {
                row = screened.Words.Select(w => WordSimilarity.Of(w, _words.Words[listedWord])).ToArray();
                likeness[listedWord] = row;
            }
            return row[screenedWord];
        }
    }

    /// <summary>The same answer as <see cref="Screen"/>, by scoring every name of the list: slow, the reference it is checked against.</summary>
    public IReadOnlyList<ScreeningCandidate> ScreenEveryName(string name, double threshold = DefaultThreshold)
    {
        CheckThreshold(threshold);
        var screened = PartyName.Of(name);
        return Candidates(Enumerable.Range(0, _names.Length), listed => NameSimilarity.Score(screened, listed.Name), threshold);
    }

    /// <summary>Each party once, with its best-scoring name (its first listed on a tie), best score first, then in list order.</summary>
    private List<ScreeningCandidate> Candidates(IEnumerable<int> names, Func<ListedName, double> score, double threshold) => names
        .Select(id => (Id: id, Score: score(_names[id])))
        .Where(scored => scored.Score >= threshold)
        .GroupBy(scored => _names[scored.Id].Party)
        .Select(party => party.OrderByDescending(s => s.Score).ThenBy(s => s.Id).First())
        .OrderByDescending(best => best.Score)
        .ThenBy(best => best.Id)
        .Select(best => new ScreeningCandidate(Parties[_names[best.Id].Party], _names[best.Id].Text, best.Score))
        .ToList();

    private static void CheckThreshold(double threshold)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threshold, LowestThreshold);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(threshold, 1);
    }

    /// <summary>A name of the party at <paramref name="Party"/> in the list, as written and as read, with the numbers of its words in the index.</summary>
    private sealed record ListedName(int Party, string Text, PartyName Name, int[] Words);
}
