using System.Diagnostics;

namespace Portal.IntegrationTests.Support;

/// <summary>
/// A PostgreSQL server of the test's own, in a temp folder on a free loopback port, that the test may stop and start
/// again: taking the database away from one portal without taking it from the tests running beside it. It runs
/// Debian's server binaries (the postgresql package), as the postgres user when the tests run as root.
/// </summary>
public sealed class OwnPostgresServer : IDisposable
{
    private readonly string _bin;
    private readonly string _folder = Directory.CreateTempSubdirectory("portal-own-pg-").FullName;
    private readonly int _port = LoopbackPorts.Free();

    public OwnPostgresServer()
    {
        TestEnvironment.Require(BinFolder is not null, "PostgreSQL's server programs (the postgresql package) for the fault tests");
        _bin = BinFolder!;
        if (RunningAsRoot)
        {
            Run("chown", "postgres", _folder);
        }
        AsServerUser($"{_bin}/initdb -D {_folder}/data -A trust -U postgres");
        Start();
    }

    /// <summary>For <see cref="PostgresTestDatabase"/>: the server, without a database.</summary>
    public string Server => $"Host=127.0.0.1;Port={_port};Username=postgres";

    private static string? BinFolder => Directory.Exists("/usr/lib/postgresql")
        ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
            .Where(bin => File.Exists(Path.Combine(bin, "initdb"))).Order(StringComparer.Ordinal).LastOrDefault()
        : null;

    private static bool RunningAsRoot => Environment.UserName == "root";

    public void Start() => AsServerUser(
        $"{_bin}/pg_ctl -D {_folder}/data -l {_folder}/log -w start -o \"-p {_port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off\"");

    /// <summary>Stops the server as an operator would for maintenance: open sessions are ended, new ones refused.</summary>
    public void Stop() => AsServerUser($"{_bin}/pg_ctl -D {_folder}/data -m fast -w stop");

    public void Dispose()
    {
        try
        {
            AsServerUser($"{_bin}/pg_ctl -D {_folder}/data -m immediate -w stop");
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }
        Directory.Delete(_folder, recursive: true);
    }

    private void AsServerUser(string command)
    {
        if (RunningAsRoot)
        {
            Run("su", "postgres", "-c", command);
        }
        else
        {
            Run("sh", "-c", command);
        }
    }

    private static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {errors}{output.Result}");
        }
    }
}
