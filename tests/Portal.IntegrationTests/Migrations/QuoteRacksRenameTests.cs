using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Domain.Quotes;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Migrations;

/// <summary>
/// The migration that names the quotes' rack lines QuoteRacks keeps them: a quote's racks and their components stay
/// when the database goes back before the rename (into the old table) and forward again.
/// </summary>
public abstract class QuoteRacksRenameTests(PortalFixture portal)
{
    private const string Rename = "_RenameQuoteRacks";

    [SkippableFact]
    public async Task AQuotesRacksAndTheirComponentsStayThroughTheRenameBothWays()
    {
        var id = await new QuoteBuilder(portal.Factory, "Helios AI Labs").WithTrainium2Racks(3)
            .WithConfiguration("TRN2-RACK-48U", [("TRN2-SRV-16", 2)], 1).DraftAsync();
        var racks = await RacksAsync(id);
        var everyRack = await portal.Factory.QueryAsync(db => db.Set<QuoteRack>().CountAsync());

        var keptInTheOldTable = await portal.Factory.QueryAsync(async db =>
        {
            var migrations = db.Database.GetMigrations().ToList();
            var rename = migrations.FindIndex(m => m.EndsWith(Rename, StringComparison.Ordinal));
            await db.GetService<IMigrator>().MigrateAsync(migrations[rename - 1]);
            var kept = await db.Database.SqlQueryRaw<int>("""SELECT COUNT(*) AS "Value" FROM "QuoteConfigurations" """).SingleAsync();
            await db.GetService<IMigrator>().MigrateAsync();
            return kept;
        });

        Assert.Equal(everyRack, keptInTheOldTable);
        Assert.Equal(racks, await RacksAsync(id));
    }

    private Task<List<(int Id, int RackCount, int Units)>> RacksAsync(int quoteId) =>
        portal.Factory.QueryAsync(async db => (await db.Set<QuoteRack>().Where(r => r.QuoteId == quoteId).OrderBy(r => r.Id)
                .Select(r => new { r.Id, r.RackCount, Units = r.Components.Sum(c => c.Quantity) }).ToListAsync())
            .Select(r => (r.Id, r.RackCount, r.Units)).ToList());
}

public sealed class QuoteRacksRenameOnSqlite(SqlitePortal portal) : QuoteRacksRenameTests(portal), IClassFixture<SqlitePortal>;

public sealed class QuoteRacksRenameOnPostgreSql(PostgresPortal portal) : QuoteRacksRenameTests(portal), IClassFixture<PostgresPortal>;
