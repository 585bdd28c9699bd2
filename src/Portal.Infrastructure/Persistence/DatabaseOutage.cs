using Microsoft.Data.Sqlite;
using Npgsql;
using Portal.Application.Common;

namespace Portal.Infrastructure.Persistence;

/// <inheritdoc cref="IDatabaseOutage"/>
public sealed class DatabaseOutage : IDatabaseOutage
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteCannotOpen = 14;

    public bool Caused(Exception failure)
    {
        for (Exception? e = failure; e is not null; e = e.InnerException)
        {
            if (e is NpgsqlException { IsTransient: true } or SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked or SqliteCannotOpen })
            {
                return true;
            }
        }
        return false;
    }
}
