using System.Diagnostics;

namespace Portal.Benchmarks;

/// <summary>Publishes src/Portal.Web in Release, so the portal runs as it would in production.</summary>
internal static class PortalPublisher
{
    public static async Task PublishAsync(string repositoryRoot, string outputFolder, CancellationToken cancellationToken)
    {
        Console.WriteLine($"Publishing src/Portal.Web (Release) to {outputFolder} ...");
        var output = new OutputTail(capacity: 40);
        using var publish = Process.Start(DotNetCommand.Create(repositoryRoot,
            "publish", Path.Combine("src", "Portal.Web"), "-c", "Release", "-o", outputFolder, "--nologo"))
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
