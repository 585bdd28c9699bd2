using System.Net;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.ScaleOut;

/// <summary>
/// Two portals on two loopback ports and one PostgreSQL database: what a load balancer spreads requests over. The
/// second starts once the first has migrated and seeded the database, as a second instance joins a running one.
/// </summary>
public sealed class TwoPortals : IDisposable
{
    private readonly Lazy<(TestDatabase Database, PortalFactory First, PortalFactory Second)> _started = new(Start);

    public PortalFactory First => Started.First;

    public PortalFactory Second => Started.Second;

    private (TestDatabase Database, PortalFactory First, PortalFactory Second) Started => _started.Value;

    /// <summary>A browser's two connections, one to each instance, with one cookie jar (cookies do not care about ports).</summary>
    public (PortalClient ToFirst, PortalClient ToSecond) OneBrowser()
    {
        var cookies = new CookieContainer();
        return (PortalClient.Over(First.ClientOptions.BaseAddress, cookies), PortalClient.Over(Second.ClientOptions.BaseAddress, cookies));
    }

    private static (TestDatabase, PortalFactory, PortalFactory) Start()
    {
        var database = DatabaseKind.Postgres.Create();
        var first = new PortalFactory(new Shared(database));
        var second = new PortalFactory(new Shared(database));
        first.Listen();
        second.Listen();
        return (database, first, second);
    }

    public void Dispose()
    {
        if (_started.IsValueCreated)
        {
            var (database, first, second) = _started.Value;
            first.Dispose();
            second.Dispose();
            database.Dispose();
        }
    }

    /// <summary>The one database, which each instance uses but only this fixture drops.</summary>
    private sealed class Shared(TestDatabase database) : TestDatabase
    {
        public override string Provider => database.Provider;

        public override string? ConnectionString => database.ConnectionString;

        public override void Dispose()
        {
        }
    }
}
