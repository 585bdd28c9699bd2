using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common;
using Portal.Application.Waitlist;
using Portal.Domain.Common;
using Portal.Domain.Waitlist;
using Portal.Domain.Webhooks;
using Portal.IntegrationTests.Support;
using Portal.IntegrationTests.Webhooks;
using static Portal.IntegrationTests.Webhooks.WebhookSteps;

namespace Portal.IntegrationTests.Waitlist;

/// <summary>
/// What a waitlist entry's step records becomes, when the entry is saved, its audit row, its mail and its webhook
/// delivery, in the same transaction as the step: a save that fails leaves none of them.
/// </summary>
public abstract class WaitlistEventOutboxTests(WebhookPortal portal)
{
    private const string Rack = "TRN3-RACK-48U";

    private PortalFactory Factory => portal.Factory;

    /// <summary>A quarter of its own for each test, counted per database (each subclass has a portal of its own).</summary>
    private static readonly OwnQuarters Quarters = new(14);

    /// <summary>A company of its own whose endpoint subscribes to offers, waiting for 2 racks in a sold-out quarter; answers the buyer, the entry and the endpoint.</summary>
    private async Task<(string Buyer, int Entry, int Endpoint, Quarter Quarter)> WaitingWithEndpointAsync()
    {
        var quarter = Quarters.Next(GetType().Name);
        await Supply.SetAsync(Factory, Rack, quarter, 0);
        var buyer = await NewCompanyAsync(Factory);
        using var owner = await Factory.SignedInAsync(buyer);
        var added = await AddEndpointAsync(owner, "http://127.0.0.1:9/hooks", WebhookEventTypes.OfferMade);
        var endpoint = int.Parse(added.Location!.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        await JoinAsync(owner, quarter);
        var entry = await Factory.QueryAsync(db => db.WaitlistEntries.Where(e => e.Quarter == quarter && e.JoinedById == db.Users.Single(u => u.Email == buyer).Id).Select(e => e.Id).SingleAsync());
        return (buyer, entry, endpoint, quarter);
    }

    private static Task<PortalClient.Page> JoinAsync(PortalClient customer, Quarter quarter) =>
        customer.SubmitAsync($"/Customer/Waitlist/Join?sku={Rack}", new Dictionary<string, string> { ["Quantity"] = "2", ["Quarter"] = quarter.ToString() });

    /// <summary>The offer's audit rows, webhook deliveries and queued mails (sent or not) of the entry.</summary>
    private Task<(int Audit, int Deliveries, int Mails)> OfferWrittenAsync(string buyer, int entryId, int endpointId) =>
        Factory.QueryAsync(async db => (
            await db.AuditEvents.CountAsync(e => e.EntityType == WaitlistAudit.EntityType && e.EntityId == entryId.ToString() && e.Action == WaitlistAudit.Offered.Name),
            await db.WebhookDeliveries.CountAsync(d => d.EndpointId == endpointId && d.EventType == WebhookEventTypes.OfferMade),
            await db.QueuedMails.CountAsync(m => m.Recipient == buyer && m.Subject.EndsWith("offered to you"))));

    [SkippableFact]
    public async Task AnOfferSavedWritesItsAuditRowMailAndWebhookDeliveryWithIt()
    {
        var (buyer, entryId, endpointId, quarter) = await WaitingWithEndpointAsync();
        Assert.Equal((0, 0, 0), await OfferWrittenAsync(buyer, entryId, endpointId));

        await Supply.SetAsync(Factory, Rack, quarter, 20);
        await Jobs.RunAsync<WaitlistOffers>(Factory);

        Assert.Equal((1, 1, 1), await OfferWrittenAsync(buyer, entryId, endpointId));
        var row = await Factory.QueryAsync(db => db.AuditEvents.AsNoTracking().SingleAsync(e => e.EntityId == entryId.ToString() && e.Action == WaitlistAudit.Offered.Name));
        Assert.Equal((Actor.System.Name, nameof(WaitlistStatus.Waiting), nameof(WaitlistStatus.Offered), $"2 units in {quarter}", false),
            (row.Actor, row.FromState, row.ToState, row.Reason, row.ShownToCustomer));
    }

    [SkippableFact]
    public async Task AnOfferWhoseSaveFailsLeavesNoAuditRowMailOrWebhookDelivery()
    {
        var (buyer, entryId, endpointId, quarter) = await WaitingWithEndpointAsync();
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<IPortalDb>();
        var entry = await db.WaitlistEntries.SingleAsync(e => e.Id == entryId);
        // The customer changes the entry meanwhile: this save loses the version check, inside the offer's transaction.
        using (var other = Factory.Services.CreateScope())
        {
            var theirs = other.ServiceProvider.GetRequiredService<IPortalDb>();
            (await theirs.WaitlistEntries.SingleAsync(e => e.Id == entryId)).ChangeQuantity(1, 16, DateTime.UtcNow);
            await theirs.SaveChangesAsync();
        }

        await using (await db.BeginTransactionAsync())
        {
            entry.Offer(2, quarter, DateTime.UtcNow);
            await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
        }

        Assert.Equal((0, 0, 0), await OfferWrittenAsync(buyer, entryId, endpointId));
    }

    [SkippableFact]
    public async Task AJoinThatIsOfferedAtOnceNamesTheCustomerForTheJoinAndThePortalForTheOffer()
    {
        var quarter = Quarters.Next(GetType().Name);
        await Supply.SetAsync(Factory, Rack, quarter, 5);
        var buyer = await NewCompanyAsync(Factory);
        using var owner = await Factory.SignedInAsync(buyer);

        await JoinAsync(owner, quarter);

        var (name, rows) = await Factory.QueryAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == buyer);
            var entry = await db.WaitlistEntries.SingleAsync(e => e.Quarter == quarter && e.JoinedById == user.Id);
            var audit = await db.AuditEvents.AsNoTracking().Where(e => e.EntityType == WaitlistAudit.EntityType && e.EntityId == entry.Id.ToString())
                .OrderBy(e => e.Id).Select(e => new { e.Action, e.Actor, e.ToState }).ToListAsync();
            return (user.FullName, audit.Select(a => (a.Action, a.Actor, a.ToState)).ToList());
        });
        Assert.Equal([
            (WaitlistAudit.Joined.Name, name, $"2 units, {quarter}"),
            (WaitlistAudit.Offered.Name, Actor.System.Name, nameof(WaitlistStatus.Offered)),
        ], rows);
        var joinedMail = await Factory.QueryAsync(db => db.QueuedMails.AsNoTracking().SingleAsync(m => m.Recipient == buyer && m.Subject.StartsWith("You are on the waitlist")));
        Assert.Matches(@"You are number \d+ in line", joinedMail.TextBody);
    }
}

public sealed class WaitlistEventOutboxOnSqlite(SqliteWebhookPortal portal) : WaitlistEventOutboxTests(portal), IClassFixture<SqliteWebhookPortal>;

public sealed class WaitlistEventOutboxOnPostgreSql(PostgresWebhookPortal portal) : WaitlistEventOutboxTests(portal), IClassFixture<PostgresWebhookPortal>;
