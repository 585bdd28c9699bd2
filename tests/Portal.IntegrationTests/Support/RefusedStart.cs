using System.Diagnostics;

namespace Portal.IntegrationTests.Support;

/// <summary>The built portal started as a process with the settings given (as environment variables), expected to refuse the start: its exit code and what it printed.</summary>
public static class RefusedStart
{
    public static async Task<(int ExitCode, string Output)> RunAsync(IReadOnlyDictionary<string, string> environment)
    {
        var web = PortalProcess.WebFolder();
        var data = Directory.CreateTempSubdirectory("portal-refused-").FullName;
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = web, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(web, "Portal.Web.dll"));
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{LoopbackPorts.Free()}";
        start.Environment["Portal__DataFolder"] = data;
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The portal was expected to refuse the start, but it was still running after a minute.");
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
        return (process.ExitCode, await output + await errors);
    }

    /// <summary>The refusal reads as a message to the operator, not as a crash.</summary>
    public static void AssertNoTrace(string output)
    {
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }
}
