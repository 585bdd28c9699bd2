using System.Diagnostics;
using System.Text.RegularExpressions;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Production;

/// <summary>
/// The development run (the README's one command) started as a process on a port of its own, on a database it makes:
/// its start-up log is quiet when all is well, and the Stripe stand-in sends its webhooks to the portal's own port
/// without another setting.
/// </summary>
public abstract partial class DevelopmentRunTests
{
    protected abstract TestDatabase NewDatabase();

    [SkippableFact]
    public async Task TheStartUpLogIsQuietAndTheStandInsWebhooksGoToThePortalsOwnPort()
    {
        using var database = NewDatabase();
        // Without the demo data, which takes longer to load on a busy machine than the start is given; the rest as the run.
        using var portal = PortalProcess.On(database, new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Demo__Seed"] = "false",
            ["Payments__StandIn__Url"] = $"http://127.0.0.1:{LoopbackPorts.Free()}",
        });

        var standIn = await StandInLineAsync(portal);

        Assert.Contains($"sending webhooks to http://127.0.0.1:{portal.Address.Port}/payments/webhook;", standIn);
        var log = portal.WholeLog.Split('\n');
        Assert.DoesNotContain(log, line => line.StartsWith("warn:", StringComparison.Ordinal) || line.StartsWith("fail:", StringComparison.Ordinal)
            || line.StartsWith("crit:", StringComparison.Ordinal));
        Assert.DoesNotContain(log, line => StackFrame().IsMatch(line));
        Assert.Single(log, line => line.Contains("Application started", StringComparison.Ordinal));
    }

    /// <summary>The stand-in starts once the portal's server listens, so its line may follow the first healthy answer.</summary>
    private static async Task<string> StandInLineAsync(PortalProcess portal)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(30))
        {
            var lines = portal.WholeLog.Split('\n');
            var index = Array.FindIndex(lines, line => line.Contains("Portal.Web.Payments.StandInRunner", StringComparison.Ordinal));
            if (index >= 0 && index + 1 < lines.Length)
            {
                return lines[index + 1];
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"The stand-in did not say where it sends its webhooks:\n{portal.Log}");
    }

    [GeneratedRegex(@"^\s+at \S")]
    private static partial Regex StackFrame();
}

public sealed class DevelopmentRunOnSqlite : DevelopmentRunTests
{
    protected override TestDatabase NewDatabase() => new SqliteTestDatabase();
}

public sealed class DevelopmentRunOnPostgreSql : DevelopmentRunTests
{
    protected override TestDatabase NewDatabase()
    {
        TestEnvironment.Require(TestEnvironment.PostgresServer is not null, "PostgreSQL (PORTAL_TEST_POSTGRES)");
        return new PostgresTestDatabase(TestEnvironment.PostgresServer!, made: false);
    }
}
