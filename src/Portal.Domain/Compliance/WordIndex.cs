using System.Buffers;

namespace Portal.Domain.Compliance;

/// <summary>
/// The distinct words of a list's names, found by likeness without comparing a screened word to them all. A word is
/// read as its pairs of letters, padded at both ends ("acme" is ^a ac cm me e$). Two words within k edits of each
/// other share at least (length of the longer) + 1 − 2k pairs, counted with repeats (the q-gram lemma: each edit spoils
/// at most two pairs); two words as alike as the threshold are within k = ⌊(1 − threshold) × longer⌋ edits, and the
/// shorter is at least threshold × the longer. So only the words of a possible length that share enough pairs are
/// compared. Words are numbered shortest first, which makes the words of a length one run of numbers in every pair's list.
/// </summary>
internal sealed class WordIndex
{
    /// <summary>Room for floating-point rounding, so that a bound never leaves out a word the exact score keeps.</summary>
    private const double Tolerance = 1e-9;

    private readonly string[] _words;
    private readonly Dictionary<int, (int Word, int Count)[]> _pairs;

    public WordIndex(IEnumerable<string> words)
    {
        _words = words.Distinct().OrderBy(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).ToArray();
        _pairs = _words
            .SelectMany((word, id) => LetterPairs(word).Select(p => (Pair: p.Key, Word: id, Count: p.Value)))
            .GroupBy(p => p.Pair)
            .ToDictionary(g => g.Key, g => g.Select(p => (p.Word, p.Count)).ToArray());
    }

    public IReadOnlyList<string> Words => _words;

    /// <summary>The words at least <paramref name="threshold"/> alike to <paramref name="word"/>, by number, and how alike (see <see cref="WordSimilarity"/>).</summary>
    public IReadOnlyList<(int Word, double Likeness)> Alike(string word, double threshold)
    {
        var first = FirstAtLeast((int)Math.Ceiling(threshold * word.Length - Tolerance));
        var end = FirstAtLeast((int)Math.Floor(word.Length / threshold + Tolerance) + 1);
        var shared = ArrayPool<int>.Shared.Rent(Math.Max(end - first, 1));
        try
        {
            Array.Clear(shared, 0, end - first);
            CountSharedPairs(word, first, end, shared);
            return Enumerable.Range(first, end - first)
                .Where(id => shared[id - first] >= SharedPairsNeeded(word.Length, _words[id].Length, threshold))
                .Select(id => (Word: id, Likeness: WordSimilarity.Of(word, _words[id])))
                .Where(found => found.Likeness >= threshold - Tolerance)
                .ToArray();
        }
        finally
        {
            ArrayPool<int>.Shared.Return(shared);
        }
    }

    private void CountSharedPairs(string word, int first, int end, int[] shared)
    {
        foreach (var (pair, count) in LetterPairs(word))
        {
            if (!_pairs.TryGetValue(pair, out var postings))
            {
                continue;
            }
            for (var i = FirstWhere(postings.Length, i => postings[i].Word >= first); i < postings.Length && postings[i].Word < end; i++)
            {
                shared[postings[i].Word - first] += Math.Min(count, postings[i].Count);
            }
        }
    }

    private static int SharedPairsNeeded(int length, int otherLength, double threshold)
    {
        var longer = Math.Max(length, otherLength);
        var edits = (int)Math.Floor((1 - threshold) * longer + Tolerance);
        return longer + 1 - 2 * edits;
    }

    private int FirstAtLeast(int length) => FirstWhere(_words.Length, id => _words[id].Length >= length);

    /// <summary>A binary search: the first of <paramref name="count"/> positions where <paramref name="reached"/> holds, given it holds from there on.</summary>
    private static int FirstWhere(int count, Func<int, bool> reached)
    {
        var (low, high) = (0, count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            (low, high) = reached(middle) ? (low, middle) : (middle + 1, high);
        }
        return low;
    }

    private static Dictionary<int, int> LetterPairs(string word)
    {
        var pairs = new Dictionary<int, int>();
        var padded = $"\u0001{word}\u0002";
        for (var i = 0; i + 1 < padded.Length; i++)
        {
            var pair = (padded[i] << 16) | padded[i + 1];
            pairs[pair] = pairs.GetValueOrDefault(pair) + 1;
        }
        return pairs;
    }
}
