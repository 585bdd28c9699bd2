namespace Portal.Benchmarks;

/// <summary>Finds the folder holding Portal.sln from wherever the benchmark was started.</summary>
internal static class RepositoryRoot
{
    private const string SolutionFile = "Portal.sln";

    public static string Find() =>
        FindAbove(Directory.GetCurrentDirectory())
        ?? FindAbove(AppContext.BaseDirectory)
        ?? throw new BenchmarkFailedException($"No {SolutionFile} above {Directory.GetCurrentDirectory()} or {AppContext.BaseDirectory}.");

    private static string? FindAbove(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
            {
                return folder.FullName;
            }
        }
        return null;
    }
}
