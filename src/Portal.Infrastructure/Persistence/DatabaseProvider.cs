using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Portal.Infrastructure.Persistence;

/// <summary>
/// SQLite in the data folder by default (which the start prepares: see <see cref="Files.DataFolder"/>); PostgreSQL when Database:Provider says so. Each has its own migration set.
/// Queries that include collections (a quote with its lines) load each collection in its own query.
/// </summary>
public static class DatabaseProvider
{
    public const string Sqlite = "Sqlite";
    public const string PostgreSql = "PostgreSql";

    public static string Of(IConfiguration configuration) => configuration["Database:Provider"] ?? Sqlite;

    public static void Configure(DbContextOptionsBuilder options, IConfiguration configuration, PortalPaths paths)
    {
        var connectionString = configuration.GetConnectionString("Portal");
        switch (Of(configuration))
        {
            case Sqlite:
                options.UseSqlite(
                    connectionString ?? $"Data Source={paths.SqliteDatabase};Default Timeout=30;Pooling=True",
                    sqlite => sqlite.MigrationsAssembly("Portal.Migrations.Sqlite").UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));
                break;
            case PostgreSql:
                options.UseNpgsql(
                    connectionString ?? throw new InvalidOperationException(
                        "Database:Provider is PostgreSql, so ConnectionStrings:Portal must name the database."),
                    npgsql => npgsql.MigrationsAssembly("Portal.Migrations.PostgreSql").UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));
                break;
            default:
                throw new InvalidOperationException($"Database:Provider must be {Sqlite} or {PostgreSql}, not '{Of(configuration)}'.");
        }
    }
}
