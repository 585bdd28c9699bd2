using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Webhooks;

/// <summary>
/// The portal as its development run starts it, with the Stripe stand-in (and the demo ERP's receiver on it) on a free
/// loopback port, and a clock the test moves.
/// </summary>
public abstract class DemoErpPortal : IDisposable
{
    private readonly Lazy<PortalFactory> _factory;

    protected DemoErpPortal(DatabaseKind database, string environment = "Testing")
    {
        StandInUrl = $"http://127.0.0.1:{LoopbackPorts.Free()}";
        _factory = new Lazy<PortalFactory>(() => new PortalFactory(database.Create(),
            new Dictionary<string, string>
            {
                ["environment"] = environment,
                ["Portal:PublicUrl"] = "https://portal.northwind.example",
                ["Payments:StandIn:Url"] = StandInUrl,
            },
            services => services.AddSingleton<TimeProvider>(Clock)));
    }

    public string StandInUrl { get; }

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public PortalFactory Factory => _factory.Value;

    public void Dispose()
    {
        if (_factory.IsValueCreated)
        {
            _factory.Value.Dispose();
        }
        GC.SuppressFinalize(this);
    }
}

public sealed class SqliteDemoErpPortal() : DemoErpPortal(DatabaseKind.Sqlite);

public sealed class PostgresDemoErpPortal() : DemoErpPortal(DatabaseKind.Postgres);

public sealed class ProductionDemoErpPortal() : DemoErpPortal(DatabaseKind.Sqlite, "Production");
