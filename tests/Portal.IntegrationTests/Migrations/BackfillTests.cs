using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Quotes;
using Portal.Infrastructure.Persistence;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Migrations;

/// <summary>
/// What a migration fills in for the rows written before it: the demo database is taken down to the migration before,
/// which drops the new columns, and up again, which fills them from the rows as they are.
/// </summary>
public abstract class BackfillTests(PortalFixture portal)
{
    [SkippableFact]
    public async Task TheIssuedTotalsComeFromEachQuotesLatestRevision()
    {
        var expected = await portal.Factory.QueryAsync(async db => (await db.QuoteRevisions.AsNoTracking().ToListAsync())
            .GroupBy(r => r.QuoteId).Select(g => g.MaxBy(r => r.Number)!)
            .ToDictionary(r => r.QuoteId, r => ((long?)r.ListTotalMinorUnits, (long?)r.SalesDiscountMinorUnits, (long?)r.TotalMinorUnits)));

        await MigrateDownAndUpAsync("AddFirstOffers");

        var quotes = await portal.Factory.QueryAsync(db => db.Quotes.AsNoTracking()
            .Select(q => new { q.Id, Totals = new { q.IssuedListMinorUnits, q.IssuedSalesDiscountMinorUnits, q.IssuedTotalMinorUnits } }).ToListAsync());
        Assert.True(expected.Count >= 4, $"The demo has {expected.Count} issued quotes.");
        Assert.All(quotes, q => Assert.Equal(
            expected.GetValueOrDefault(q.Id, (null, null, null)),
            (q.Totals.IssuedListMinorUnits, q.Totals.IssuedSalesDiscountMinorUnits, q.Totals.IssuedTotalMinorUnits)));
    }

    [SkippableFact]
    public async Task EachDeclinedQuoteGetsTheTimeAndReasonOfItsLastDecline()
    {
        var expected = await portal.Factory.QueryAsync(async db => (await db.AuditEvents.AsNoTracking()
                .Where(e => e.EntityType == QuoteAudit.EntityType && e.Action == "Declined").ToListAsync())
            .GroupBy(e => int.Parse(e.EntityId, CultureInfo.InvariantCulture)).Select(g => g.MaxBy(e => (e.OccurredUtc, e.Id))!)
            .ToDictionary(e => int.Parse(e.EntityId, CultureInfo.InvariantCulture), e => ((DateTime?)e.OccurredUtc, e.Reason)));

        await MigrateDownAndUpAsync("AddIssuedTotals");

        var quotes = await portal.Factory.QueryAsync(db => db.Quotes.AsNoTracking().Select(q => new { q.Id, q.DeclinedUtc, q.DeclineReason }).ToListAsync());
        Assert.NotEmpty(expected);
        Assert.All(quotes, q => Assert.Equal(expected.GetValueOrDefault(q.Id, (null, null)), (q.DeclinedUtc, q.DeclineReason)));
    }

    [SkippableFact]
    public async Task TheSalesDaysCountTheQuotesAsEverySaveCountedThemAndAsARebuildCountsThem()
    {
        var kept = await SalesDaysCheck.ReadAsync(portal.Factory);

        await MigrateDownAndUpAsync("AddDeclinesAndReportIndexes");

        Assert.True(kept.Count >= 10, $"The demo fills {kept.Count} sales days.");
        Assert.Equal(kept, await SalesDaysCheck.ReadAsync(portal.Factory));
        await SalesDaysCheck.AssertInStepAsync(portal.Factory);
    }

    private async Task MigrateDownAndUpAsync(string before)
    {
        using var scope = portal.Factory.Services.CreateScope();
        var migrator = scope.ServiceProvider.GetRequiredService<PortalDbContext>().GetService<IMigrator>();
        await migrator.MigrateAsync(before);
        await migrator.MigrateAsync();
    }
}

public sealed class BackfillOnSqlite(SqlitePortal portal) : BackfillTests(portal), IClassFixture<SqlitePortal>;

public sealed class BackfillOnPostgreSql(PostgresPortal portal) : BackfillTests(portal), IClassFixture<PostgresPortal>;
