namespace Portal.Domain.Compliance;

/// <summary>
/// How alike two words are: 1 − (Levenshtein distance) / (length of the longer word). One letter wrong in a word of
/// ten is 0.9; the same word is 1; words of 4 and 8 letters are at most 0.5 alike, whatever their letters.
/// </summary>
internal static class WordSimilarity
{
    public static double Of(string a, string b)
    {
        var longer = Math.Max(a.Length, b.Length);
        return longer == 0 ? 1 : 1 - (double)Distance(a, b) / longer;
    }

    /// <summary>The fewest letters to insert, delete or replace to turn one word into the other.</summary>
    private static int Distance(string a, string b)
    {
        var row = b.Length < 128 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            row[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(above, row[j - 1]) + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length];
    }
}
