using Npgsql;
using Portal.Infrastructure.Persistence;

namespace Portal.Benchmarks;

/// <summary>
/// The database one round of the reports benchmark runs on, with its target for the dashboard: SQLite in the portal's
/// data folder, or a new PostgreSQL database on the server <see cref="ServerVariable"/> names, created through the
/// server's 'postgres' database and dropped at the end.
/// </summary>
internal sealed class ReportsDatabase : IAsyncDisposable
{
    /// <summary>A server connection string without a database, e.g. "Host=127.0.0.1;Port=54330;Username=portal;Password=portal".</summary>
    public const string ServerVariable = "PORTAL_TEST_POSTGRES";

    /// <summary>The PostgreSQL server and the database made on it; none for SQLite.</summary>
    private readonly (string Server, string Database)? _created;

    private ReportsDatabase(string name, TimeSpan dashboardTarget, IReadOnlyDictionary<string, string> settings, (string, string)? created = null)
    {
        Name = name;
        DashboardTarget = dashboardTarget;
        Settings = settings;
        _created = created;
    }

    public string Name { get; }

    public TimeSpan DashboardTarget { get; }

    /// <summary>The portal's settings that open this database, as environment variables name them.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; }

    public static ReportsDatabase Sqlite() => new("SQLite", TimeSpan.FromSeconds(1), new Dictionary<string, string>());

    public static async Task<ReportsDatabase> CreatePostgreSqlAsync(string server, CancellationToken cancellationToken)
    {
        var database = $"portal_bench_{Guid.NewGuid():N}";
        await ExecuteAsync(server, $"CREATE DATABASE \"{database}\"", cancellationToken);
        return new ReportsDatabase("PostgreSQL", TimeSpan.FromMilliseconds(500), new Dictionary<string, string>
        {
            ["Database__Provider"] = DatabaseProvider.PostgreSql,
            ["ConnectionStrings__Portal"] = $"{server};Database={database};Include Error Detail=true",
        }, (server, database));
    }

    public async ValueTask DisposeAsync()
    {
        if (_created is not ({ } server, { } database))
        {
            return;
        }
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", CancellationToken.None);
    }

    private static async Task ExecuteAsync(string server, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(server + ";Database=postgres");
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
