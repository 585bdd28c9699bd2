namespace Portal.UnitTests.Docs;

/// <summary>The repository's own files, found from the test's output folder up to the folder holding Portal.sln.</summary>
internal static class RepositoryDocuments
{
    public static string Root { get; } = FindRoot();

    /// <summary>README.md and every Markdown file under .docs/, as paths relative to the root.</summary>
    public static IEnumerable<string> Markdown() =>
        new[] { Path.Combine(Root, "README.md") }
            .Concat(Directory.EnumerateFiles(Path.Combine(Root, ".docs"), "*.md", SearchOption.AllDirectories))
            .Select(path => Path.GetRelativePath(Root, path))
            .Order(StringComparer.Ordinal);

    /// <summary>The text files people read and write in the repository: sources, views, documents, build and CI scripts.</summary>
    public static IEnumerable<string> TextFiles()
    {
        string[] extensions = [".cs", ".cshtml", ".md", ".props", ".csproj", ".json", ".js", ".css", ".sh"];
        string[] skipped = ["bin", "obj", "node_modules", "lib", "artifacts", ".git"];
        return Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Root, path))
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(skipped.Contains))
            .Where(path => extensions.Contains(Path.GetExtension(path)) || Path.GetFileName(path) == "run")
            .Order(StringComparer.Ordinal);
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Portal.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"No Portal.sln above {AppContext.BaseDirectory}.");
    }
}
