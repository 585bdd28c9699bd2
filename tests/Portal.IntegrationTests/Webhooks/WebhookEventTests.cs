using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Common;
using Portal.Application.Payments.RecordTransfer;
using Portal.Application.Quotes.Expiry;
using Portal.Application.Waitlist;
using Portal.Application.Waitlist.Join;
using Portal.Domain.Common;
using Portal.Domain.Webhooks;
using Portal.IntegrationTests.Payments;
using Portal.IntegrationTests.Support;
using static Portal.IntegrationTests.Webhooks.WebhookSteps;

namespace Portal.IntegrationTests.Webhooks;

/// <summary>Each of the events is queued, in the transaction that caused it, for the endpoints that subscribed to it.</summary>
public abstract class WebhookEventTests(WebhookPortal portal)
{
    private const string Rack = "TRN3-RACK-48U";

    private PortalFactory Factory => portal.Factory;

    [SkippableFact]
    public async Task QuotesIssuedAndExpiredOffersMadeAndDepositsConfirmedAreEachDelivered()
    {
        await using var receiver = await EndpointReceiver.StartAsync();
        var buyer = await NewCompanyAsync(Factory);
        using var owner = await Factory.SignedInAsync(buyer);
        var (endpointId, _) = await RegisterAsync(owner, receiver, [.. WebhookEventTypes.All.Select(t => t.Type)]);

        var (paidQuote, deposit) = await DepositSteps.AcceptedQuoteAsync(Factory, buyer, q => q.WithProduct("STOR-NVME-1U", 2));
        await PayByTransferAsync(deposit.Id, deposit.Amount);
        var entryId = await OfferedWaitlistEntryAsync(buyer);
        var expiring = await IssuedQuoteAsync(Factory, buyer);
        portal.Clock.Advance(TimeSpan.FromDays(45));
        await Jobs.RunAsync<QuoteExpiry>(Factory);
        var received = new List<ReceivedEvent>();
        for (var i = 0; i < 8; i++)
        {
            received.Add(await receiver.NextAsync());
        }

        var events = received.Select(r => (r.Event, Data: Json(r.Body).GetProperty("data"))).ToList();
        Assert.Equal(8, (await DeliveriesAsync(Factory, endpointId)).Count);
        Assert.Equal([paidQuote, expiring], events.Where(e => e.Event == WebhookEventTypes.QuoteIssued).Select(e => e.Data.GetProperty("id").GetInt32()).Order());
        // An issued quote waits for an approval by the company; the last approval accepts it.
        Assert.Equal([paidQuote, expiring], events.Where(e => e.Event == WebhookEventTypes.QuoteAwaitingApproval).Select(e => e.Data.GetProperty("id").GetInt32()).Order());
        var accepted = Assert.Single(events, e => e.Event == WebhookEventTypes.QuoteAccepted).Data;
        Assert.Equal((paidQuote, "Accepted"), (accepted.GetProperty("id").GetInt32(), accepted.GetProperty("status").GetString()));
        var paid = Assert.Single(events, e => e.Event == WebhookEventTypes.DepositConfirmed).Data;
        Assert.Equal((deposit.Id, deposit.Reference, paidQuote, deposit.Amount.Major),
            (paid.GetProperty("id").GetInt32(), paid.GetProperty("reference").GetString(), paid.GetProperty("quoteId").GetInt32(), paid.GetProperty("amount").GetDecimal()));
        var offer = Assert.Single(events, e => e.Event == WebhookEventTypes.OfferMade).Data;
        Assert.Equal((entryId, Rack, 2), (offer.GetProperty("entryId").GetInt32(), offer.GetProperty("sku").GetString(), offer.GetProperty("units").GetInt32()));
        var expired = Assert.Single(events, e => e.Event == WebhookEventTypes.QuoteExpired).Data;
        Assert.Equal((expiring, "Expired"), (expired.GetProperty("id").GetInt32(), expired.GetProperty("status").GetString()));
    }

    /// <summary>Sales records the bank transfer of the whole deposit.</summary>
    private async Task PayByTransferAsync(int depositId, Money amount)
    {
        var sales = await DepositSteps.ActorAsync(Factory, DepositSteps.Sales, PortalRoles.Sales);
        using var scope = Factory.Services.CreateScope();
        var today = DateOnly.FromDateTime(portal.Clock.GetUtcNow().UtcDateTime);
        var result = await scope.ServiceProvider.GetRequiredService<RecordTransferHandler>()
            .HandleAsync(new RecordTransferCommand(depositId, null, amount.Major, today, "TR-WEBHOOK"), sales);
        Assert.True(result.Succeeded, string.Join(", ", result.Errors.Select(e => e.Message)));
    }

    /// <summary>The buyer waits for 2 racks in a quarter of its own that is sold out; supply comes and is offered to it.</summary>
    private async Task<int> OfferedWaitlistEntryAsync(string buyer)
    {
        var quarter = Quarter.Containing(portal.Clock.GetUtcNow().UtcDateTime).Plus(14);
        await Supply.SetAsync(Factory, Rack, quarter, 0);
        var customer = await DepositSteps.ActorAsync(Factory, buyer, PortalRoles.Customer);
        using var scope = Factory.Services.CreateScope();
        var joined = await scope.ServiceProvider.GetRequiredService<JoinWaitlistHandler>().HandleAsync(new JoinWaitlistCommand(Rack, 2, quarter.ToString()), customer);
        Assert.True(joined.Succeeded, string.Join(", ", joined.Errors.Select(e => e.Message)));
        await Supply.SetAsync(Factory, Rack, quarter, 20);
        await Jobs.RunAsync<WaitlistOffers>(Factory);
        return joined.Value;
    }
}

public sealed class WebhookEventsOnSqlite(SqliteWebhookPortal portal) : WebhookEventTests(portal), IClassFixture<SqliteWebhookPortal>;

public sealed class WebhookEventsOnPostgreSql(PostgresWebhookPortal portal) : WebhookEventTests(portal), IClassFixture<PostgresWebhookPortal>;
