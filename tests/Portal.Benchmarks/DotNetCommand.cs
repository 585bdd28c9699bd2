using System.Diagnostics;

namespace Portal.Benchmarks;

/// <summary>A <c>dotnet</c> command line whose output the benchmark reads instead of the console.</summary>
internal static class DotNetCommand
{
    public static ProcessStartInfo Create(string workingDirectory, params IEnumerable<string> arguments) =>
        new(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", arguments)
        {
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
}
