using System.Diagnostics;
using System.Globalization;

namespace Portal.Benchmarks;

/// <summary>
/// The one line a benchmark run ends with, for a note to quote: the suite, when, at which commit ("-dirty" when the work tree had changes), how busy the machine
/// was (its load average, since a shared machine's figures mean little) and each figure with its verdict.
/// </summary>
internal static class RunSummary
{
    public static void Print(string suite, IEnumerable<string> figures)
    {
        var when = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        Console.WriteLine();
        Console.WriteLine($"Summary: {suite}, {when}, commit {Commit()}, load {LoadAverage()}: {string.Join("; ", figures)}");
    }

    /// <summary>The machine's load average over the last minute, from /proc/loadavg.</summary>
    private static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static string Commit()
    {
        try
        {
            var command = new ProcessStartInfo("git", ["describe", "--always", "--dirty"])
            {
                WorkingDirectory = RepositoryRoot.Find(),
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var git = Process.Start(command);
            if (git is null)
            {
                return "unknown";
            }
            var commit = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 && commit.Length > 0 ? commit : "unknown";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }
}
