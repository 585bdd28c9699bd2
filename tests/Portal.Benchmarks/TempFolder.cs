namespace Portal.Benchmarks;

/// <summary>A new folder under the system's temp folder, deleted with everything in it when disposed.</summary>
internal sealed class TempFolder : IDisposable
{
    private TempFolder(string path) => Path = path;

    public string Path { get; }

    public static TempFolder Create(string purpose) =>
        new(Directory.CreateTempSubdirectory($"portal-bench-{purpose}-").FullName);

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
