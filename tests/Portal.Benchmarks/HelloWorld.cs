using System.Diagnostics;

namespace Portal.Benchmarks;

/// <summary>
/// The start-up benchmark's baseline: the plainest .NET console program, published in Release like the portal and run
/// the same way (<c>dotnet HelloWorld.dll</c>), timed from starting its process to its exit. What the runtime itself
/// takes to start on this machine at this moment.
/// </summary>
internal sealed class HelloWorld : IDisposable
{
    private const string Project = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <UseAppHost>false</UseAppHost>
          </PropertyGroup>
        </Project>
        """;

    private readonly TempFolder _folder;

    private HelloWorld(TempFolder folder) => _folder = folder;

    private string Assembly => Path.Combine(_folder.Path, "out", "HelloWorld.dll");

    public static async Task<HelloWorld> PublishAsync(CancellationToken cancellationToken)
    {
        var folder = TempFolder.Create("hello");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder.Path, "HelloWorld.csproj"), Project, cancellationToken);
            await File.WriteAllTextAsync(Path.Combine(folder.Path, "Program.cs"), """System.Console.WriteLine("Hello, World!");""", cancellationToken);
            await PortalPublisher.PublishAsync(folder.Path, "HelloWorld.csproj", Path.Combine(folder.Path, "out"), cancellationToken);
            return new HelloWorld(folder);
        }
        catch
        {
            folder.Dispose();
            throw;
        }
    }

    /// <summary>Runs the program once: from starting its process to its exit, having said hello.</summary>
    public async Task<TimeSpan> RunAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var run = Process.Start(DotNetCommand.Create(_folder.Path, Assembly))
            ?? throw new BenchmarkFailedException("Could not start the hello world.");
        var said = await run.StandardOutput.ReadToEndAsync(cancellationToken);
        await run.WaitForExitAsync(cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started);
        if (run.ExitCode != 0 || said.Trim() != "Hello, World!")
        {
            throw new BenchmarkFailedException($"The hello world exited with {run.ExitCode}, saying '{said.Trim()}'.");
        }
        return elapsed;
    }

    public void Dispose() => _folder.Dispose();
}
