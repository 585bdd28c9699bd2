namespace Portal.IntegrationTests.Support;

/// <summary>
/// The database a suite runs on: its name, whether this machine has it, and a fresh one of it. Asking for a fresh one
/// on a machine that lacks it skips the test with the reason (fails it in CI), so no caller has to remember to ask.
/// </summary>
public sealed class DatabaseKind
{
    public static readonly DatabaseKind Sqlite = new("SQLite", () => true, () => new SqliteTestDatabase());

    public static readonly DatabaseKind Postgres = new("PostgreSQL", () => TestEnvironment.PostgresServer is not null,
        () => new PostgresTestDatabase(TestEnvironment.PostgresServer!));

    private readonly Func<bool> _isAvailable;
    private readonly Func<TestDatabase> _create;

    private DatabaseKind(string provider, Func<bool> isAvailable, Func<TestDatabase> create)
    {
        Provider = provider;
        _isAvailable = isAvailable;
        _create = create;
    }

    public string Provider { get; }

    /// <summary>A fresh, empty database of this kind; skips the test, with the reason, when this machine lacks it.</summary>
    public TestDatabase Create()
    {
        Require();
        return _create();
    }

    /// <summary>Skips the test, with the reason, when this machine lacks the database.</summary>
    public void Require() => TestEnvironment.Require(_isAvailable(), $"PostgreSQL (PORTAL_TEST_POSTGRES) for the {Provider} tests");
}

/// <summary>One portal per test class, on the database the concrete fixture names; started on first use.</summary>
public abstract class PortalFixture : IDisposable
{
    private readonly Lazy<PortalFactory> _factory;

    protected PortalFixture(DatabaseKind database)
    {
        Database = database;
        _factory = new Lazy<PortalFactory>(() => new PortalFactory(database.Create(), Settings, Services));
    }

    public DatabaseKind Database { get; }

    public string Provider => Database.Provider;

    protected virtual IReadOnlyDictionary<string, string>? Settings => null;

    /// <summary>Services the portal of this fixture adds to (or puts in place of) its own.</summary>
    protected virtual Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? Services => null;

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

public sealed class SqlitePortal() : PortalFixture(DatabaseKind.Sqlite);

public sealed class PostgresPortal() : PortalFixture(DatabaseKind.Postgres);
