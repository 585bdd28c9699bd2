using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Portal.Infrastructure.Persistence;

/// <summary>Runs statements one after the other on a context's connection, in its transaction if it has one.</summary>
internal static class StatementRuns
{
    public static void ExecuteEach(this DatabaseFacade database, IEnumerable<FormattableString> statements)
    {
        foreach (var statement in statements)
        {
            database.ExecuteSql(statement);
        }
    }

    public static async Task ExecuteEachAsync(this DatabaseFacade database, IEnumerable<FormattableString> statements,
        CancellationToken cancellationToken)
    {
        foreach (var statement in statements)
        {
            await database.ExecuteSqlAsync(statement, cancellationToken);
        }
    }
}
