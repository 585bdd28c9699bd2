using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common;
using Portal.Application.Quotes;
using Portal.Domain.Common;
using Portal.Domain.Quotes;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Events;

/// <summary>
/// The edges of turning events into side effects on save: an event a handler raises is handled in the next round of
/// the same save; a handler that fails fails the save, and nothing of it is written; a second save hands over only
/// what is new; a new aggregate's events are handled once its row has its id, in the same transaction.
/// </summary>
public abstract class DomainEventsOnSaveTests(DispatcherPortal portal)
{
    private const string Buyer = "Helios AI Labs";
    private const string Sales = "sales@northwind.example";

    private PortalFactory Factory => portal.Factory;

    /// <summary>The actions of the quote's audit rows, in the order they were written.</summary>
    private Task<string[]> AuditOfAsync(int quoteId) =>
        Factory.QueryAsync(db => db.AuditEvents
            .Where(e => e.EntityType == QuoteAudit.EntityType && e.EntityId == quoteId.ToString())
            .OrderBy(e => e.Id).Select(e => e.Action).ToArrayAsync());

    [SkippableFact]
    public async Task AnEventAHandlerRaisesIsHandledInTheNextRoundOfTheSameSave()
    {
        var quoteId = await new QuoteBuilder(Factory, Buyer).WithProduct("SVC-INSTALL-RACK", 1).WithNotes(DispatcherPortal.MoveOnClaim)
            .ClaimedBy(Sales).SubmitAsync();

        var quote = await Factory.QueryAsync(db => db.Quotes.AsNoTracking().SingleAsync(q => q.Id == quoteId));
        Assert.Equal(Quarter.Containing(DateTime.UtcNow).Plus(3), quote.RequestedQuarter);
        Assert.Equal([QuoteAudit.Submitted.Name, QuoteAudit.Claimed.Name, QuoteAudit.DeliveryMoved.Name], (await AuditOfAsync(quoteId))[^3..]);
        Assert.Equal(1, await Factory.QueryAsync(db => db.QueuedMails.CountAsync(m => m.Subject == $"Delivery of {quote.Number} moved to {quote.RequestedQuarter}")));
    }

    [SkippableFact]
    public async Task AHandlerThatFailsFailsTheSaveAndNothingOfItIsWritten()
    {
        var quoteId = await new QuoteBuilder(Factory, Buyer).WithProduct("SVC-INSTALL-RACK", 1).WithNotes("First notes").DraftAsync();
        var before = await AuditOfAsync(quoteId);

        using (var scope = Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IPortalDb>();
            var quote = await db.Quotes.SingleAsync(q => q.Id == quoteId);
            quote.Describe(quote.SiteId, quote.RequestedQuarter, $"Changed {DispatcherPortal.FailOnDetails}", DateTime.UtcNow);
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }

        Assert.Equal("First notes", await Factory.QueryAsync(db => db.Quotes.Where(q => q.Id == quoteId).Select(q => q.Notes).SingleAsync()));
        Assert.Equal(before, await AuditOfAsync(quoteId));
    }

    [SkippableFact]
    public async Task ANewAggregateWhoseHandlerFailsLeavesNeitherItsRowNorAnyOfItsSideEffects()
    {
        var notes = $"New {Guid.NewGuid():N} {DispatcherPortal.FailOnDetails}";
        var (quotes, audit) = await CountsAsync();

        using (var scope = Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IPortalDb>();
            var buyer = await db.Organizations.Where(o => o.Name == Buyer).Select(o => o.Id).SingleAsync();
            var requester = await Factory.QueryAsync(d => d.Users.Where(u => u.OrganizationId == buyer).Select(u => u.Id).FirstAsync());
            var quote = new Quote(buyer, requester, DateTime.UtcNow);
            quote.Describe(null, null, notes, DateTime.UtcNow);
            db.Quotes.Add(quote);
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }

        Assert.False(await Factory.QueryAsync(db => db.Quotes.AnyAsync(q => q.Notes == notes)));
        Assert.Equal((quotes, audit), await CountsAsync());
    }

    [SkippableFact]
    public async Task ASecondSaveHandsOverOnlyWhatHappenedSinceTheFirst()
    {
        var quoteId = await new QuoteBuilder(Factory, Buyer).WithProduct("SVC-INSTALL-RACK", 1).SubmitAsync();

        using (var scope = Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IPortalDb>();
            var quote = await db.Quotes.SingleAsync(q => q.Id == quoteId);
            quote.MoveDelivery(quote.RequestedQuarter!.Value.Plus(1), DateTime.UtcNow);
            await db.SaveChangesAsync();
            quote.Reject("We cannot quote this.", DateTime.UtcNow);
            await db.SaveChangesAsync();
            await db.SaveChangesAsync();
        }

        Assert.Equal([QuoteAudit.Submitted.Name, QuoteAudit.DeliveryMoved.Name, QuoteAudit.Rejected.Name], (await AuditOfAsync(quoteId))[^3..]);
        Assert.Equal(1, (await AuditOfAsync(quoteId)).Count(a => a == QuoteAudit.DeliveryMoved.Name));
    }

    private Task<(int Quotes, int Audit)> CountsAsync() =>
        Factory.QueryAsync(async db => (await db.Quotes.CountAsync(), await db.AuditEvents.CountAsync()));
}

public sealed class DomainEventsOnSaveOnSqlite(SqliteDispatcherPortal portal) : DomainEventsOnSaveTests(portal), IClassFixture<SqliteDispatcherPortal>;

public sealed class DomainEventsOnSaveOnPostgreSql(PostgresDispatcherPortal portal) : DomainEventsOnSaveTests(portal), IClassFixture<PostgresDispatcherPortal>;
