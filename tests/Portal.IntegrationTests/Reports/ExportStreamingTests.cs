using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common;
using Portal.Application.Reports;
using Portal.Infrastructure.Persistence;
using Portal.IntegrationTests.Payments;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Reports;

/// <summary>
/// The exports that can run to a million rows hand over each row while the database is still reading the next: the
/// database has read no more than two rows when the second is handed over. The portal splits queries by default, and on
/// PostgreSQL EF Core reads every row of a split query into memory before it hands over the first (on SQLite it does
/// not, so there the test passes either way).
/// </summary>
public abstract class ExportStreamingTests(PortalFixture portal)
{
    private static readonly ReportFilter Year = new(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-365), DateOnly.FromDateTime(DateTime.UtcNow), null);

    [SkippableFact]
    public async Task ThePipelineQuotesTheDepositsAndTheDeclinesComeFromAnOpenReader()
    {
        var actor = await DepositSteps.ActorAsync(portal.Factory, "admin@northwind.example", PortalRoles.Admin);
        // The demo has one declined quote: two more, so that the declines have rows to stream.
        await ReportSteps.DeclinedAsync(portal.Factory, "Streaming: declined", "Budget moved.");
        await ReportSteps.DeclinedAsync(portal.Factory, "Streaming: declined again", "Chose another vendor.");
        using var scope = portal.Factory.Services.CreateScope();
        var readers = new ReaderWatch();
        var options = new DbContextOptionsBuilder<PortalDbContext>(scope.ServiceProvider.GetRequiredService<DbContextOptions<PortalDbContext>>())
            .AddInterceptors(readers).Options;
        await using var db = new PortalDbContext(options);
        var rows = ActivatorUtilities.CreateInstance<ReportRows>(scope.ServiceProvider, (IPortalDb)db);
        var figures = ActivatorUtilities.CreateInstance<SalesReports>(scope.ServiceProvider, (IPortalDb)db).For(Year, actor);

        await AssertStreamedAsync(rows.QuotesAsync(Year, actor), readers);
        await AssertStreamedAsync(rows.DepositsAsync(Year, actor), readers);
        await AssertStreamedAsync(figures.DeclinesAsync(top: null), readers);
    }

    private static async Task AssertStreamedAsync<T>(IAsyncEnumerable<T> rows, ReaderWatch readers)
    {
        readers.Opened.Clear();
        await using var row = rows.GetAsyncEnumerator();
        Assert.True(await row.MoveNextAsync() && await row.MoveNextAsync(), $"Fewer than two {typeof(T).Name} rows to export.");
        var reader = Assert.Single(readers.Opened);
        var readBeforeTheSecond = reader.Rows;
        var handedOver = 2;
        while (await row.MoveNextAsync())
        {
            handedOver++;
        }
        Assert.True(readBeforeTheSecond <= 2 && handedOver > 2,
            $"{readBeforeTheSecond} of the {handedOver} {typeof(T).Name} rows were read from the database before the second was handed over.");
    }

    /// <summary>Counts the rows read from each data reader the commands open, as the database hands them to EF Core.</summary>
    private sealed class ReaderWatch : DbCommandInterceptor
    {
        public List<CountingReader> Opened { get; } = [];

        public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result,
            CancellationToken cancellationToken = default)
        {
            var counting = new CountingReader(result);
            Opened.Add(counting);
            return ValueTask.FromResult<DbDataReader>(counting);
        }
    }
}

public sealed class ExportStreamingOnSqlite(SqlitePortal portal) : ExportStreamingTests(portal), IClassFixture<SqlitePortal>;

public sealed class ExportStreamingOnPostgreSql(PostgresPortal portal) : ExportStreamingTests(portal), IClassFixture<PostgresPortal>;
