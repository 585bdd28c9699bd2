using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Production;

/// <summary>The portal as a vendor runs it: the Production environment, with the public address it cannot start without.</summary>
public static class InProduction
{
    public const string PublicUrl = "https://portal.northwind.example";

    public static Dictionary<string, string> Settings(IReadOnlyDictionary<string, string>? more = null)
    {
        var settings = new Dictionary<string, string> { ["environment"] = "Production", ["Portal:PublicUrl"] = PublicUrl };
        foreach (var (name, value) in more ?? new Dictionary<string, string>())
        {
            settings[name] = value;
        }
        return settings;
    }
}

public abstract class ProductionPortal(DatabaseKind database) : PortalFixture(database)
{
    protected override IReadOnlyDictionary<string, string>? Settings => InProduction.Settings();
}

public sealed class SqliteProductionPortal() : ProductionPortal(DatabaseKind.Sqlite);

public sealed class PostgresProductionPortal() : ProductionPortal(DatabaseKind.Postgres);
