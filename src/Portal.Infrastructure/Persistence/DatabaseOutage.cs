using Microsoft.Data.Sqlite;
using Npgsql;

namespace Portal.Infrastructure.Persistence;

/// <summary>
/// Tells a failure of the database itself (it cannot be reached, is shutting down or starting, or is too busy) from a
/// failure of ours: the first is worth a "try again in a moment", the second is a bug.
/// </summary>
public static class DatabaseOutage
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteCannotOpen = 14;

    public static bool Is(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is NpgsqlException { IsTransient: true } or SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked or SqliteCannotOpen })
            {
                return true;
            }
        }
        return false;
    }
}
