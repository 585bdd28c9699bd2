namespace Portal.Domain.Compliance;

/// <summary>
/// How alike two names are, from 0 to 1. The words of the two names (<see cref="PartyName"/>) are paired one to one,
/// the most alike pair first (<see cref="WordSimilarity"/>), whatever their order; words less alike than
/// <see cref="LeastWordLikeness"/> are no pair. Each name's coverage is the share of its letters that the pairs cover,
/// each pair counting as much as its words are alike; a word left without a pair covers nothing. The score is mostly
/// the better coverage and partly the worse:
/// <c>score = (1 − <see cref="OtherSideWeight"/>) × better + <see cref="OtherSideWeight"/> × worse</c>.
/// So the same words in any order score 1; a name wholly found in a longer one scores between 0.75 and 1, as its
/// share of the longer one's letters grows ("Huawei" in "Huawei Cloud Holdings Germany": 0.81; "Borealis Dynamics"
/// in "Borealis Dynamics Trading": 0.92); and words on both sides without a pair pull the score down on both counts
/// ("Acme Trading" and "Zorvex Trading": 0.6). A score is never above the likeness of the best pair of words, which
/// is what lets <see cref="ScreeningList"/> look only at names that have a word as alike as the threshold.
/// </summary>
public static class NameSimilarity
{
    /// <summary>How much the worse-covered name counts in the score.</summary>
    public const double OtherSideWeight = 0.25;

    /// <summary>Two words less alike than this (three letters in ten differ) are not the same word written another way.</summary>
    public const double LeastWordLikeness = 0.7;

    /// <summary>Above this many pairs of words, the likeness of each pair is kept on the heap rather than the stack.</summary>
    internal const int PairsOnTheStack = 256;

    public static double Score(string screened, string listed) => Score(PartyName.Of(screened), PartyName.Of(listed));

    public static double Score(PartyName screened, PartyName listed)
    {
        var (a, b) = (screened.Words, listed.Words);
        var alike = a.Count * b.Count <= PairsOnTheStack ? stackalloc double[a.Count * b.Count] : new double[a.Count * b.Count];
        for (var i = 0; i < a.Count; i++)
        {
            for (var j = 0; j < b.Count; j++)
            {
                alike[i * b.Count + j] = WordSimilarity.Of(a[i], b[j]);
            }
        }
        return Score(screened, listed, alike);
    }

    /// <summary>The score, given how alike each screened word <c>i</c> is to each listed word <c>j</c>, at <c>i × (listed words) + j</c>.</summary>
    internal static double Score(PartyName screened, PartyName listed, ReadOnlySpan<double> alike)
    {
        var (a, b) = (screened.Words, listed.Words);
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }
        var (coveredA, coveredB) = (0.0, 0.0);
        Span<bool> pairedA = a.Count <= PairsOnTheStack ? stackalloc bool[a.Count] : new bool[a.Count];
        Span<bool> pairedB = b.Count <= PairsOnTheStack ? stackalloc bool[b.Count] : new bool[b.Count];
        for (var pairs = Math.Min(a.Count, b.Count); pairs > 0; pairs--)
        {
            var best = MostAlikeUnpaired(alike, pairedA, pairedB);
            if (alike[best] < LeastWordLikeness)
            {
                break;
            }
            var (i, j) = Math.DivRem(best, b.Count);
            (pairedA[i], pairedB[j]) = (true, true);
            coveredA += alike[best] * a[i].Length;
            coveredB += alike[best] * b[j].Length;
        }
        var (coverageA, coverageB) = (coveredA / screened.Length, coveredB / listed.Length);
        return (1 - OtherSideWeight) * Math.Max(coverageA, coverageB) + OtherSideWeight * Math.Min(coverageA, coverageB);
    }

    /// <summary>Where the most alike pair of words not yet paired stands; the first on a tie.</summary>
    private static int MostAlikeUnpaired(ReadOnlySpan<double> alike, ReadOnlySpan<bool> pairedA, ReadOnlySpan<bool> pairedB)
    {
        var best = -1;
        for (var i = 0; i < pairedA.Length; i++)
        {
            for (var j = 0; j < pairedB.Length; j++)
            {
                var at = i * pairedB.Length + j;
                if (!pairedA[i] && !pairedB[j] && (best < 0 || alike[at] > alike[best]))
                {
                    best = at;
                }
            }
        }
        return best;
    }
}
