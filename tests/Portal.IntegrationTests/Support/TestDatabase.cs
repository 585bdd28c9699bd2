using Npgsql;

namespace Portal.IntegrationTests.Support;

/// <summary>A fresh, empty database for one test fixture: a SQLite file in a temp folder, or a new PostgreSQL database.</summary>
public abstract class TestDatabase : IDisposable
{
    public abstract string Provider { get; }

    public abstract string? ConnectionString { get; }

    public abstract void Dispose();
}

public sealed class SqliteTestDatabase : TestDatabase
{
    public override string Provider => "Sqlite";

    /// <summary>None: the portal puts portal.db into its data folder.</summary>
    public override string? ConnectionString => null;

    public override void Dispose()
    {
    }
}

public sealed class PostgresTestDatabase : TestDatabase
{
    private readonly string _server;
    private readonly string _name = $"portal_test_{Guid.NewGuid():N}";

    public PostgresTestDatabase(string server)
    {
        _server = server;
        using var connection = new NpgsqlConnection(server + ";Database=postgres");
        connection.Open();
        using var create = new NpgsqlCommand($"CREATE DATABASE \"{_name}\"", connection);
        create.ExecuteNonQuery();
    }

    public override string Provider => "PostgreSql";

    public override string ConnectionString => $"{_server};Database={_name};Include Error Detail=true";

    /// <summary>
    /// Drops the database. FORCE ends the sessions still connected, but gives up with "being accessed by other
    /// users" when they take more than five seconds to exit, as on a busy CI machine after a test of 200 concurrent
    /// connections: then it waits and tries again.
    /// </summary>
    public override void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Drop();
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 6)
            {
                Thread.Sleep(TimeSpan.FromSeconds(attempt));
            }
        }
    }

    private void Drop()
    {
        using var connection = new NpgsqlConnection(_server + ";Database=postgres");
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }
}
