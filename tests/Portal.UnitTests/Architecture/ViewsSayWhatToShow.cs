using System.Text.RegularExpressions;
using Portal.UnitTests.Docs;

namespace Portal.UnitTests.Architecture;

/// <summary>
/// A view shows what its page model says: it computes no figure with LINQ and decides no dropdown's selected option by a
/// comparison (the page model hands it the options, <c>Choices.Of</c>). The views that still do are listed; the test
/// fails on another one and on a listed one that no longer does: take it off the list.
/// </summary>
public sealed partial class ViewsSayWhatToShow
{
    private static readonly HashSet<string> StillComputing = [];

    private static readonly HashSet<string> StillSelecting = [];

    private static readonly string Web = Path.Combine(RepositoryDocuments.Root, "src", "Portal.Web");

    [Fact]
    public void NoViewComputesWithLinqBeyondTheListed() => Holds(Linq(), StillComputing);

    [Fact]
    public void NoViewComparesToSelectAnOptionBeyondTheListed() => Holds(SelectedByComparison(), StillSelecting);

    [Fact]
    public void TheViewsAreFound() => Assert.Contains("Views/Catalog/Index.cshtml", Views());

    private static void Holds(Regex pattern, HashSet<string> listed)
    {
        var offending = Views().Where(view => pattern.IsMatch(File.ReadAllText(Path.Combine(Web, view)))).ToHashSet();
        var added = offending.Except(listed).Order(StringComparer.Ordinal).ToList();
        var cleaned = listed.Except(offending).Order(StringComparer.Ordinal).ToList();
        Assert.True(added.Count == 0, $"Let the page model say it, not the view: {string.Join(", ", added)}");
        Assert.True(cleaned.Count == 0, $"These no longer do it, so take them off the list: {string.Join(", ", cleaned)}");
    }

    private static List<string> Views() =>
        Directory.EnumerateFiles(Web, "*.cshtml", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Web, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(view => !view.StartsWith("Areas/Identity/", StringComparison.Ordinal) && !view.Split('/').Any(part => part is "bin" or "obj"))
            .ToList();

    /// <summary>A LINQ call; the display helpers and <c>Math</c> share some names (<c>Display.Count</c>, <c>Math.Max</c>) and are not LINQ.</summary>
    [GeneratedRegex(@"(?<!\b(?:Display|Math))\.(Select|Where|Sum|Any|All|Count|First|FirstOrDefault|Single|Last|OrderBy|OrderByDescending|GroupBy|Max|Min|Concat|Zip|ToList|ToArray|Distinct|Skip|Take|Aggregate)\(")]
    private static partial Regex Linq();

    [GeneratedRegex(@"selected=""@\(")]
    private static partial Regex SelectedByComparison();
}
