using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Portal.Infrastructure.Caching;

/// <summary>
/// On PostgreSQL, listens on one connection of its own for the page versions every instance's commits bump (see
/// <see cref="CachedPages"/>), so that a cached page costs no round trip to the database. It listens first and then
/// reads all versions, so nothing slips between the two. While the connection is down (checked every 5 s when quiet,
/// each check given 5 s), <see cref="KnownPageVersions"/> knows nothing and requests ask the database; it reconnects by itself.
/// </summary>
public sealed partial class PageVersionListener(KnownPageVersions known, string connectionString, ILogger<PageVersionListener> logger)
    : BackgroundService
{
    public const string ApplicationName = "Portal page versions";
    private static readonly TimeSpan QuietCheck = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Reconnect = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var retry = new PeriodicTimer(Reconnect);
        do
        {
            try
            {
                await ListenAsync(stoppingToken);
            }
            catch (Exception failure) when (!stoppingToken.IsCancellationRequested)
            {
                LogLost(logger, failure);
            }
            finally
            {
                known.Deafen();
            }
        }
        while (await retry.WaitForNextTickAsync(stoppingToken));
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        var address = new NpgsqlConnectionStringBuilder(connectionString)
        {
            ApplicationName = ApplicationName,
            Pooling = false,
            CommandTimeout = (int)QuietCheck.TotalSeconds,
        };
        await using var connection = new NpgsqlConnection(address.ConnectionString);
        connection.Notification += (_, notice) =>
        {
            if (CachedPages.TryReadNotice(notice.Payload, out var version))
            {
                known.Raise(version.Tag, version.Version);
            }
        };
        await connection.OpenAsync(stoppingToken);
        await using (var listen = new NpgsqlCommand($"LISTEN {CachedPages.Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }
        known.HearFrom(await ReadAllAsync(connection, stoppingToken));
        while (true)
        {
            if (!await connection.WaitAsync(QuietCheck, stoppingToken))
            {
                await using var alive = new NpgsqlCommand("SELECT 1", connection);
                await alive.ExecuteScalarAsync(stoppingToken);
            }
        }
    }

    private static async Task<List<PageVersion>> ReadAllAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var all = new NpgsqlCommand("""SELECT "Tag", "Version" FROM "PageVersions" """, connection);
        await using var reader = await all.ExecuteReaderAsync(cancellationToken);
        var versions = new List<PageVersion>();
        while (await reader.ReadAsync(cancellationToken))
        {
            versions.Add(new PageVersion { Tag = reader.GetString(0), Version = reader.GetInt64(1) });
        }
        return versions;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the page versions' connection; pages ask the database until it is back.")]
    private static partial void LogLost(ILogger logger, Exception failure);
}
