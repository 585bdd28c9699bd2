namespace Portal.Domain.Compliance;

/// <summary>
/// A restricted-party list made ready for screening: every name and alternate name of its parties read once
/// (<see cref="PartyName"/>) and their words indexed (<see cref="WordIndex"/>). A screening asks the index once for the
/// listed words that could pair with each screened word (those at least <see cref="NameSimilarity.LeastWordLikeness"/>
/// alike), which is all a score needs to know. A name's score is never above the likeness of its best pair of words,
/// so <see cref="Screen"/> scores only the names with a word at least as alike as the threshold, and finds exactly the
/// candidates that scoring every name (<see cref="ScreenEveryName"/>) finds. Built once, it can be shared by
/// concurrent screenings.
/// </summary>
public sealed class ScreeningList
{
    /// <summary>
    /// The score from which a listed name is a candidate. The same company written another way scored 0.9 or more in
    /// our tests: another legal form, case or word order (1), Müller or Mueller (1), Cyrillic or Greek (0.92 to 1), a
    /// letter wrong in a long word (0.93 to 0.98), a word more ("Helios Compute Holdings", 0.905). Near names scored
    /// 0.86 or less: "Helion Compute Group" for "Helios Compute GmbH" (0.86), "Ford Komputer" for "Fjord Compute"
    /// (0.85), "Acme Holdings" for "Acme" (0.83), "Helios Aerospace Labs" for "Helios AI Labs" (0.76).
    /// </summary>
    public const double DefaultThreshold = 0.88;

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
        var likeness = Likeness(screened);
        var names = likeness.Where(word => word.Value.Max() >= threshold).SelectMany(word => _namesByWord[word.Key]).Distinct();
        return Candidates(names, listed => Score(screened, listed, likeness), threshold);
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

    /// <summary>The listed words that can pair with a screened word, by number, and how alike they are to each screened word.</summary>
    private Dictionary<int, double[]> Likeness(PartyName screened)
    {
        var likeness = new Dictionary<int, double[]>();
        for (var i = 0; i < screened.Words.Count; i++)
        {
            foreach (var (word, alike) in _words.Alike(screened.Words[i], NameSimilarity.LeastWordLikeness))
            {
                if (!likeness.TryGetValue(word, out var row))
                {
                    row = new double[screened.Words.Count];
                    likeness[word] = row;
                }
                row[i] = alike;
            }
        }
        return likeness;
    }

    /// <summary>The same score as <see cref="NameSimilarity.Score(PartyName, PartyName)"/>, from the likeness found; pairs not found are too little alike to count.</summary>
    private static double Score(PartyName screened, ListedName listed, Dictionary<int, double[]> likeness)
    {
        var (a, b) = (screened.Words.Count, listed.Words.Length);
        var alike = a * b <= NameSimilarity.PairsOnTheStack ? stackalloc double[a * b] : new double[a * b];
        for (var j = 0; j < b; j++)
        {
            if (likeness.TryGetValue(listed.Words[j], out var row))
            {
                for (var i = 0; i < a; i++)
                {
                    alike[i * b + j] = row[i];
                }
            }
        }
        return NameSimilarity.Score(screened, listed.Name, alike);
    }

    private static void CheckThreshold(double threshold)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(threshold);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(threshold, 1);
    }

    /// <summary>A name of the party at <paramref name="Party"/> in the list, as written and as read, with the numbers of its words in the index.</summary>
    private sealed record ListedName(int Party, string Text, PartyName Name, int[] Words);
}
