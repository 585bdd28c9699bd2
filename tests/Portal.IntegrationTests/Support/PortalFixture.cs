namespace Portal.IntegrationTests.Support;

/// <summary>The database a suite runs on: its name, whether this machine has it, and a fresh one of it.</summary>
public sealed record DatabaseKind(string Provider, Func<bool> IsAvailable, Func<TestDatabase> Create)
{
    public static readonly DatabaseKind Sqlite = new("SQLite", () => true, () => new SqliteTestDatabase());

    public static readonly DatabaseKind Postgres = new("PostgreSQL", () => TestEnvironment.PostgresServer is not null,
        () => new PostgresTestDatabase(TestEnvironment.PostgresServer!));

    /// <summary>Skips the test, with the reason, when this machine lacks the database.</summary>
    public void Require() => TestEnvironment.Require(IsAvailable(), $"PostgreSQL (PORTAL_TEST_POSTGRES) for the {Provider} tests");
}

/// <summary>One portal per test class, on the database the concrete fixture names; started on first use.</summary>
public abstract class PortalFixture : IDisposable
{
    private readonly Lazy<PortalFactory> _factory;

    protected PortalFixture(DatabaseKind database)
    {
        Database = database;
        _factory = new Lazy<PortalFactory>(() => new PortalFactory(database.Create(), Settings));
    }

    public DatabaseKind Database { get; }

    public string Provider => Database.Provider;

    protected virtual IReadOnlyDictionary<string, string>? Settings => null;

    public PortalFactory Factory
    {
        get
        {
            Database.Require();
            return _factory.Value;
        }
    }

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
