using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Portal.Benchmarks;

/// <summary>The command line: <c>web|api|waitlist|webhooks|scale-out|smoke [--seconds N] [--connections C]</c>, <c>pdf</c>, <c>startup [--published FOLDER]</c>, <c>reports</c> or <c>screening</c>, each value within sane bounds.</summary>
/// <param name="PublishedFolder">A folder the portal was published to, for the start-up benchmark to use instead of publishing.</param>
internal sealed record BenchmarkArguments(string Benchmark, int Seconds, int Connections, string? PublishedFolder = null)
{
    public const string Web = "web";
    public const string Api = "api";
    public const string Pdf = "pdf";
    public const string Waitlist = "waitlist";
    public const string Webhooks = "webhooks";
    public const string Reports = "reports";
    public const string ScaleOut = "scale-out";
    public const string Screening = "screening";
    public const string Smoke = "smoke";
    public const string Startup = "startup";

    public const string Usage = "Usage: dotnet run -c Release --project tests/Portal.Benchmarks -- web [--seconds 1-600] [--connections 1-1024]"
        + "\n       dotnet run -c Release --project tests/Portal.Benchmarks -- api [--seconds 1-600] [--connections 1-1024]"
        + "\n       dotnet run -c Release --project tests/Portal.Benchmarks -- waitlist [--seconds 1-600] [--connections 1-1024]"
        + "\n       dotnet run -c Release --project tests/Portal.Benchmarks -- webhooks [--seconds 1-600]"
        + "\n       dotnet run -c Release --project tests/Portal.Benchmarks -- pdf"
        + "\n       dotnet run -c Release --project tests/Portal.Benchmarks -- startup [--published FOLDER]   (FOLDER: where 'dotnet publish -c Release' put Portal.Web.dll; published afresh unless told)"
        + "\n       dotnet run -c Release --project tests/Portal.Benchmarks -- reports   (PostgreSQL too when PORTAL_TEST_POSTGRES names a server)"
        + "\n       dotnet run -c Release --project tests/Portal.Benchmarks -- screening"
        + "\n       dotnet run -c Release --project tests/Portal.Benchmarks -- scale-out [--seconds 1-600] [--connections 1-1024]   (needs PORTAL_TEST_POSTGRES; 60 s and 64 connections unless told)"
        + "\n       dotnet run -c Release --project tests/Portal.Benchmarks -- smoke [--seconds 1-600] [--connections 1-1024]   (CI: every suite's scenarios briefly, for errors; web and api 1 s each with 4 connections unless told)";

    public static bool TryParse(
        IReadOnlyList<string> args,
        [NotNullWhen(true)] out BenchmarkArguments? parsed,
        [NotNullWhen(false)] out string? problem)
    {
        parsed = null;
        if (args.Count == 0 || args[0] is not (Web or Api or Pdf or Startup or Waitlist or Webhooks or Reports or ScaleOut or Screening or Smoke))
        {
            problem = "Name a benchmark: 'web', 'api', 'waitlist', 'webhooks', 'pdf', 'startup', 'reports', 'scale-out', 'screening' or 'smoke'.";
            return false;
        }
        if (args[0] is Startup)
        {
            return TryParseStartup(args, out parsed, out problem);
        }
        if (args[0] is Pdf or Reports or Screening && args.Count > 1)
        {
            problem = $"The '{args[0]}' benchmark takes no options.";
            return false;
        }

        var (seconds, connections) = args[0] switch
        {
            ScaleOut => (60, 64),
            Smoke => (1, 4),
            _ => (10, 32),
        };
        for (var i = 1; i < args.Count; i += 2)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            var ok = args[i] switch
            {
                "--seconds" => TryReadBetween(value, 1, 600, out seconds),
                "--connections" => TryReadBetween(value, 1, 1024, out connections),
                _ => false,
            };
            if (!ok)
            {
                problem = $"Cannot use '{args[i]} {value}'.";
                return false;
            }
        }

        parsed = new BenchmarkArguments(args[0], seconds, connections);
        problem = null;
        return true;
    }

    private static bool TryParseStartup(
        IReadOnlyList<string> args,
        [NotNullWhen(true)] out BenchmarkArguments? parsed,
        [NotNullWhen(false)] out string? problem)
    {
        var published = args.Count == 3 && args[1] == "--published" && File.Exists(Path.Combine(args[2], "Portal.Web.dll"))
            ? Path.GetFullPath(args[2])
            : null;
        if (args.Count > 1 && published is null)
        {
            parsed = null;
            problem = "The 'startup' benchmark takes only '--published FOLDER', a folder holding a published Portal.Web.dll.";
            return false;
        }
        parsed = new BenchmarkArguments(Startup, 0, 0, published);
        problem = null;
        return true;
    }

    private static bool TryReadBetween(string? text, int minimum, int maximum, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= minimum && value <= maximum;
}
