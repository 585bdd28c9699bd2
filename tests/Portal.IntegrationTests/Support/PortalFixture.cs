namespace Portal.IntegrationTests.Support;

/// <summary>One portal per test class, on the database the concrete fixture names; started on first use.</summary>
public abstract class PortalFixture : IDisposable
{
    private readonly Lazy<PortalFactory> _factory;

    protected PortalFixture() => _factory = new Lazy<PortalFactory>(() => new PortalFactory(CreateDatabase(), Settings));

    public abstract string Provider { get; }

    public abstract bool IsAvailable { get; }

    protected virtual IReadOnlyDictionary<string, string>? Settings => null;

    public PortalFactory Factory
    {
        get
        {
            TestEnvironment.Require(IsAvailable, $"PostgreSQL (PORTAL_TEST_POSTGRES) for the {Provider} tests");
            return _factory.Value;
        }
    }

    protected abstract TestDatabase CreateDatabase();

    public void Dispose()
    {
        if (_factory.IsValueCreated)
        {
            _factory.Value.Dispose();
        }
        GC.SuppressFinalize(this);
    }
}

public sealed class SqlitePortal : PortalFixture
{
    public override string Provider => "SQLite";

    public override bool IsAvailable => true;

    protected override TestDatabase CreateDatabase() => new SqliteTestDatabase();
}

public sealed class PostgresPortal : PortalFixture
{
    public override string Provider => "PostgreSQL";

    public override bool IsAvailable => TestEnvironment.PostgresServer is not null;

    protected override TestDatabase CreateDatabase() => new PostgresTestDatabase(TestEnvironment.PostgresServer!);
}
