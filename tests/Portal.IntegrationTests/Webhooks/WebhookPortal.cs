using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Webhooks;

/// <summary>
/// A portal of its own whose clock the test moves (the sender's polls and retries run on it), allowed to post to a
/// receiver on this machine over plain http.
/// </summary>
public abstract class WebhookPortal : IDisposable
{
    private readonly Lazy<PortalFactory> _factory;

    /// <param name="runJobs">Whether the portal's timers and senders run (<c>Jobs:Run</c>); off, only what a test runs happens.</param>
    protected WebhookPortal(DatabaseKind database, bool runJobs = true)
    {
        _factory = new Lazy<PortalFactory>(() => new PortalFactory(database.Create(),
            new Dictionary<string, string> { ["Webhooks:AllowPrivateAddresses"] = "true", ["Jobs:Run"] = runJobs ? "true" : "false" },
            services => services.AddSingleton<TimeProvider>(Clock).AddSingleton<ILoggerProvider>(Logs)));
    }

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    /// <summary>Everything the portal logs.</summary>
    public LogCapture Logs { get; } = new();

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

public sealed class SqliteWebhookPortal() : WebhookPortal(DatabaseKind.Sqlite);

public sealed class PostgresWebhookPortal() : WebhookPortal(DatabaseKind.Postgres);

public sealed class QuietSqliteWebhookPortal() : WebhookPortal(DatabaseKind.Sqlite, runJobs: false);

public sealed class QuietPostgresWebhookPortal() : WebhookPortal(DatabaseKind.Postgres, runJobs: false);
