using System.Diagnostics;
using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Portal.Application.Quotes;
using Portal.Domain.Catalog;
using Portal.Domain.Common;
using Portal.Domain.Quotes;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Faults;

/// <summary>
/// A portal process killed while it issues a quote, at the worst moment: every row of the issue written (the revision
/// and its PDF, the holds on supply, the audit, the sales days) and the commit not yet done. What survives is the quote
/// as it was; issued again by another instance, it is issued whole.
/// </summary>
public sealed class KilledMidIssueOnPostgreSql
{
    private const string Sales = "sales@northwind.example";
    private const string KilledPortal = "killed-portal";
    private const string Rack = "TRN3-RACK-48U";

    private sealed record IssueState(QuoteStatus Status, int Version, int Revisions, int Holds, int HeldRacks, int AuditEvents);

    private static Task<IssueState> StateAsync(PortalFactory portal, int id) => portal.QueryAsync(async db =>
    {
        var quote = await db.Quotes.AsNoTracking().SingleAsync(q => q.Id == id);
        var entity = id.ToString(CultureInfo.InvariantCulture);
        return new IssueState(quote.Status, quote.Version,
            await db.QuoteRevisions.CountAsync(r => r.QuoteId == id),
            await db.QuoteHolds.CountAsync(h => h.QuoteId == id),
            await db.Allocations.SumAsync(a => a.Held),
            await db.AuditEvents.CountAsync(e => e.EntityType == QuoteAudit.EntityType && e.EntityId == entity));
    });

    [SkippableFact]
    public async Task AProcessKilledBeforeItsIssueCommitsLeavesTheQuoteAsItWasAndAnotherInstanceIssuesItWhole()
    {
        using var portal = new PortalFactory(DatabaseKind.Postgres.Create());
        await portal.QueryAsync(async db =>
        {
            var rack = await db.Products.SingleAsync(p => p.Sku == Rack);
            db.Allocations.Add(new Allocation(rack.Id, Quarter.Containing(DateTime.UtcNow).Plus(7), 10));
            return await db.SaveChangesAsync();
        });
        var id = await new QuoteBuilder(portal, "Helios AI Labs").ForQuarter(7).WithConfiguration(Rack, [("EFA-SW-51T", 1)], 2).ClaimedBy(Sales).SubmitAsync();
        var before = await StateAsync(portal, id);
        var database = await portal.QueryAsync(db => Task.FromResult(db.Database.GetConnectionString()!));
        using var doomed = new PortalProcess(database + $";Application Name={KilledPortal}");
        using var sales = doomed.NewClient();
        await sales.SignInAsync(Sales);
        var details = await sales.GetAsync($"/Staff/Quotes/Details/{id}");

        // The issue bumps the review queue's page version as its last statement before the commit: hold that row.
        await using var blocker = new NpgsqlConnection(database);
        await blocker.OpenAsync();
        await using var hold = await blocker.BeginTransactionAsync();
        await Sql(blocker, """
            INSERT INTO "PageVersions" ("Tag", "Version") VALUES ('review-queue', 0) ON CONFLICT DO NOTHING;
            SELECT * FROM "PageVersions" WHERE "Tag" = 'review-queue' FOR UPDATE;
            """);
        var issuing = sales.SubmitAsync(details, new Dictionary<string, string>(), $"/Staff/Quotes/Approve/{id}");
        await UntilAsync(database, $"EXISTS (SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND application_name = '{KilledPortal}')", doomed);
        doomed.Kill();
        await hold.RollbackAsync();

        await Assert.ThrowsAnyAsync<HttpRequestException>(() => issuing);
        await UntilAsync(database, $"NOT EXISTS (SELECT 1 FROM pg_stat_activity WHERE application_name = '{KilledPortal}')", doomed);
        Assert.Equal(before, await StateAsync(portal, id));
        await SalesDaysCheck.AssertInStepAsync(portal);

        using var survivor = await portal.SignedInAsync(Sales);
        var issued = await survivor.SubmitAsync($"/Staff/Quotes/Details/{id}", new Dictionary<string, string>(), $"/Staff/Quotes/Approve/{id}");
        var after = await StateAsync(portal, id);

        Assert.Equal(HttpStatusCode.Redirect, issued.Status);
        Assert.Equal((QuoteStatus.Issued, 1, before.AuditEvents + 2), (after.Status, after.Revisions, after.AuditEvents));
        Assert.Equal((1, before.HeldRacks + 2), (after.Holds, after.HeldRacks));
        await SalesDaysCheck.AssertInStepAsync(portal);
    }

    private static async Task Sql(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Waits, up to 30 s, until the condition (SQL) holds.</summary>
    private static async Task UntilAsync(string database, string condition, PortalProcess process)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var check = new NpgsqlCommand($"SELECT {condition}", connection);
        var clock = Stopwatch.StartNew();
        while (!(bool)(await check.ExecuteScalarAsync())!)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"Still not {condition}\n{process.Log}");
            await Task.Delay(50);
        }
    }
}
