using System.Diagnostics;

namespace Portal.Benchmarks;

/// <summary>Publishes in Release: src/Portal.Web, so the portal runs as it would in production, or another project (the start-up benchmark's hello world).</summary>
internal static class PortalPublisher
{
    public static Task PublishAsync(string repositoryRoot, string outputFolder, CancellationToken cancellationToken) =>
        PublishAsync(repositoryRoot, Path.Combine("src", "Portal.Web"), outputFolder, cancellationToken);

    /// <summary>Publishes a project (a path from <paramref name="workingFolder"/>) in Release.</summary>
    public static async Task PublishAsync(string workingFolder, string project, string outputFolder, CancellationToken cancellationToken)
    {
        Console.WriteLine($"Publishing {project} (Release) to {outputFolder} ...");
        var output = new OutputTail(capacity: 40);
        using var publish = Process.Start(DotNetCommand.Create(workingFolder,
            "publish", project, "-c", "Release", "-o", outputFolder, "--nologo"))
            ?? throw new BenchmarkFailedException("Could not start dotnet publish.");
        output.Follow(publish);
        await using (cancellationToken.Register(() => publish.Kill(entireProcessTree: true)))
        {
            await publish.WaitForExitAsync(cancellationToken);
        }
        if (publish.ExitCode != 0)
        {
            throw new BenchmarkFailedException($"dotnet publish exited with {publish.ExitCode}:{Environment.NewLine}{output}");
        }
    }
}
