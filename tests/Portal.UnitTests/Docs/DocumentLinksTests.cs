using System.Text.RegularExpressions;

namespace Portal.UnitTests.Docs;

/// <summary>
/// Every relative link and image in README.md and under .docs/ points at a file or folder of the repository, and a
/// link to a heading (<c>operations.md#backups</c>) at a heading that the target has.
/// </summary>
public sealed partial class DocumentLinksTests
{
    public static TheoryData<string> Documents() => [.. RepositoryDocuments.Markdown()];

    [Theory]
    [MemberData(nameof(Documents))]
    public void EveryRelativeLinkPointsAtAFileOrHeadingThatExists(string document)
    {
        var path = Path.Combine(RepositoryDocuments.Root, document);
        var broken = Links(File.ReadAllLines(path))
            .Where(link => !Resolves(path, link))
            .ToList();

        Assert.True(broken.Count == 0, $"{document} links to what is not there: {string.Join(", ", broken)}");
    }

    private static bool Resolves(string document, string link)
    {
        var (target, heading) = link.Split('#', 2) is [var file, var anchor] ? (file, anchor) : (link, null);
        var targetPath = target.Length == 0 ? document : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(document)!, target));
        if (!File.Exists(targetPath) && !Directory.Exists(targetPath))
        {
            return false;
        }
        return heading is null || (File.Exists(targetPath) && Headings(File.ReadAllLines(targetPath)).Contains(heading));
    }

    /// <summary>The targets of the links and images outside code: neither web addresses nor mail.</summary>
    private static IEnumerable<string> Links(IEnumerable<string> lines) =>
        OutsideCode(lines)
            .Select(line => InlineCode().Replace(line, ""))
            .SelectMany(line => Link().Matches(line).Select(m => m.Groups["target"].Value))
            .Where(target => !Uri.TryCreate(target, UriKind.Absolute, out _));

    /// <summary>The anchors of a document's headings, made as the places that show Markdown make them.</summary>
    private static HashSet<string> Headings(IEnumerable<string> lines) =>
        OutsideCode(lines)
            .Select(line => Heading().Match(line))
            .Where(m => m.Success)
            .Select(m => NotInAnchor().Replace(m.Groups["text"].Value.Trim().ToLowerInvariant(), "").Replace(' ', '-'))
            .ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<string> OutsideCode(IEnumerable<string> lines)
    {
        var inFence = false;
        foreach (var line in lines)
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
            }
            else if (!inFence)
            {
                yield return line;
            }
        }
    }

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"`[^`]*`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"^#{1,6}\s+(?<text>.+)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"[^\p{L}\p{Nd}\s_-]")]
    private static partial Regex NotInAnchor();
}
