namespace Portal.Domain.Compliance;

/// <summary>
/// How alike two names are, from 0 to 1. The words of the two names (<see cref="PartyName"/>) are paired one to one,
/// the most alike pair first (<see cref="WordSimilarity"/>), whatever their order. Each name's coverage is the share
/// of its letters that the pairs cover, each pair counting as much as its words are alike; a word left without a pair
/// covers nothing. The score is mostly the better coverage and partly the worse:
/// <c>score = (1 − <see cref="OtherSideWeight"/>) × better + <see cref="OtherSideWeight"/> × worse</c>.
/// So the same words in any order score 1; a name wholly found in a longer one scores between 0.75 and 1, as its
/// share of the longer one's letters grows ("Huawei" in "Huawei Cloud Holdings Germany": 0.81; "Borealis Dynamics"
/// in "Borealis Dynamics Trading": 0.92); and words on both sides without a pair pull the score down on both counts
/// ("Acme Trading" and "Zorvex Trading": 0.66). A score is never above the likeness of the best pair of words, which
/// is what lets <see cref="ScreeningList"/> look only at names that share a word nearly as alike as the threshold.
/// </summary>
public static class NameSimilarity
{
    /// <summary>How much the worse-covered name counts in the score.</summary>
    public const double OtherSideWeight = 0.25;

    public static double Score(string screened, string listed) => Score(PartyName.Of(screened), PartyName.Of(listed));

    public static double Score(PartyName screened, PartyName listed) =>
        Score(screened, listed, (i, j) => WordSimilarity.Of(screened.Words[i], listed.Words[j]));

    /// <summary>The score, given how alike the <c>i</c>th screened word and the <c>j</c>th listed word are.</summary>
    internal static double Score(PartyName screened, PartyName listed, Func<int, int, double> alike)
    {
        var (a, b) = (screened.Words, listed.Words);
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }
        var matrix = new double[a.Count, b.Count];
        for (var i = 0; i < a.Count; i++)
        {
            for (var j = 0; j < b.Count; j++)
            {
                matrix[i, j] = alike(i, j);
            }
        }
        var (coveredA, coveredB) = Pair(matrix, a, b);
        var (coverageA, coverageB) = (coveredA / screened.Length, coveredB / listed.Length);
        return (1 - OtherSideWeight) * Math.Max(coverageA, coverageB) + OtherSideWeight * Math.Min(coverageA, coverageB);
    }

    /// <summary>Pairs the words greedily, the most alike first, and adds up the letters each side's pairs cover.</summary>
    private static (double A, double B) Pair(double[,] alike, IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var (pairedA, pairedB) = (new bool[a.Count], new bool[b.Count]);
        var (coveredA, coveredB) = (0.0, 0.0);
        for (var pairs = Math.Min(a.Count, b.Count); pairs > 0; pairs--)
        {
            var (bestI, bestJ) = (-1, -1);
            for (var i = 0; i < a.Count; i++)
            {
                for (var j = 0; j < b.Count; j++)
                {
                    if (!pairedA[i] && !pairedB[j] && (bestI < 0 || alike[i, j] > alike[bestI, bestJ]))
                    {
                        (bestI, bestJ) = (i, j);
                    }
                }
            }
            (pairedA[bestI], pairedB[bestJ]) = (true, true);
            coveredA += alike[bestI, bestJ] * a[bestI].Length;
            coveredB += alike[bestI, bestJ] * b[bestJ].Length;
        }
        return (coveredA, coveredB);
    }
}
