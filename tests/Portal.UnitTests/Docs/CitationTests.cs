using System.Text.RegularExpressions;

namespace Portal.UnitTests.Docs;

/// <summary>
/// The repository cites only itself: no code, view, test, script or document points at notes kept outside it (the
/// product description, the stack's pitfalls, the style notes) or at an issue by its number. What they held that the
/// code needs is under .docs/.
/// </summary>
public sealed partial class CitationTests
{
    [Fact]
    public void NoFileCitesNotesOrIssuesOutsideTheRepository()
    {
        var citing = RepositoryDocuments.TextFiles()
            .Where(path => !path.EndsWith(nameof(CitationTests) + ".cs", StringComparison.Ordinal))
            .SelectMany(path => File.ReadLines(Path.Combine(RepositoryDocuments.Root, path))
                .Select((line, index) => (path, index, match: OutsideCitation().Match(line)))
                .Where(found => found.match.Success)
                .Select(found => $"{found.path}:{found.index + 1}: {found.match.Value}"))
            .ToList();

        Assert.True(citing.Count == 0, "Cite .docs/ instead of:\n" + string.Join("\n", citing));
    }

    [GeneratedRegex(@"\bDESIGN\.md\b|\bPITFALLS\b|\bSTYLE\.md\b|\b[Ii]ssue \d+\b|\b[Ii]ssue #\d+")]
    private static partial Regex OutsideCitation();
}
