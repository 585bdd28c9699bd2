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

    /// <param name="made">False for a database the portal's first start must make itself.</param>
    public PostgresTestDatabase(string server, bool made = true)
    {
        _server = server;
        if (made)
        {
            OnServer($"CREATE DATABASE \"{_name}\"");
        }
    }

    public override string Provider => "PostgreSql";

    public override string ConnectionString => $"{_server};Database={_name};Include Error Detail=true";

    /// <summary>
    /// Drops the database; FORCE ends the sessions still connected to it. A drop that still fails after the retries
    /// leaves a database behind on a throw-away test server, which is harmless: it is written down in the artifacts
    /// (with the server's answer, for whoever looks into it), not failed as the class's cleanup.
    /// </summary>
    public override void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            OnServer($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
        }
        catch (NpgsqlException e)
        {
            Directory.CreateDirectory(TestEnvironment.Artifacts);
            File.AppendAllText(Path.Combine(TestEnvironment.Artifacts, "databases-left-behind.log"),
                $"{DateTime.UtcNow:O} {_name}: {(e as PostgresException)?.SqlState} {e.Message}{Environment.NewLine}");
        }
    }

    /// <summary>
    /// Runs a statement on the server's maintenance database, waiting and trying again while the server is busy in a
    /// way that passes: sessions that take more than the five seconds FORCE gives them to exit, as on a busy CI
    /// machine after a test of 200 concurrent connections, or no connection slot left while another class runs one
    /// (and any other failure the driver calls transient).
    /// </summary>
    private void OnServer(string statement)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var connection = new NpgsqlConnection(_server + ";Database=postgres;Pooling=false");
                connection.Open();
                using var command = new NpgsqlCommand(statement, connection);
                command.ExecuteNonQuery();
                return;
            }
            catch (NpgsqlException e) when ((e.IsTransient || e is PostgresException { SqlState: PostgresErrorCodes.ObjectInUse }) && attempt < 8)
            {
                Thread.Sleep(TimeSpan.FromSeconds(attempt));
            }
        }
    }
}
