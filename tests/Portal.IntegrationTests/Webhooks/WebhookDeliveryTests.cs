using System.Net;
using System.Net.Sockets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Portal.Domain.Webhooks;
using Portal.Infrastructure.Webhooks;
using Portal.IntegrationTests.Support;
using static Portal.IntegrationTests.Webhooks.WebhookSteps;

namespace Portal.IntegrationTests.Webhooks;

/// <summary>
/// Events reach a customer's system on a real loopback receiver: signed with the endpoint's secret, at once after the
/// commit that raised them, retried on the backoff schedule while the receiver fails, given up after the sixth
/// attempt, and sent again on a replay.
/// </summary>
public abstract class WebhookDeliveryTests(WebhookPortal portal)
{
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    private PortalFactory Factory => portal.Factory;

    [SkippableFact]
    public async Task AnIssuedQuoteIsPostedAtOnceSignedWithTheEndpointsSecret()
    {
        await using var receiver = await EndpointReceiver.StartAsync();
        var buyer = await NewCompanyAsync(Factory);
        using var owner = await Factory.SignedInAsync(buyer);
        var (endpointId, secret) = await RegisterAsync(owner, receiver, WebhookEventTypes.QuoteIssued);

        // The clock stands still: only the wake-up after the commit can send it now.
        var quoteId = await IssuedQuoteAsync(Factory, buyer);
        var received = await receiver.NextAsync();

        Assert.StartsWith(WebhookEndpoint.SecretMarker, secret);
        Assert.True(WebhookSignature.Verify(received.Signature, secret, received.Body, portal.Clock.GetUtcNow(), Tolerance));
        Assert.False(WebhookSignature.Verify(received.Signature, secret + "x", received.Body, portal.Clock.GetUtcNow(), Tolerance));
        Assert.Equal(WebhookEventTypes.QuoteIssued, received.Event);
        var json = Json(received.Body);
        Assert.Equal(WebhookEventTypes.QuoteIssued, json.GetProperty("type").GetString());
        Assert.StartsWith("evt_", json.GetProperty("id").GetString());
        var data = json.GetProperty("data");
        Assert.Equal(quoteId, data.GetProperty("id").GetInt32());
        Assert.Equal("Issued", data.GetProperty("status").GetString());
        Assert.StartsWith("Q-", data.GetProperty("number").GetString());
        Assert.True(data.GetProperty("total").GetDecimal() > 0);
        var delivery = await WhenAsync(Factory, long.Parse(received.Delivery), d => d.State == WebhookDeliveryState.Delivered);
        Assert.Equal((endpointId, 1, 200), (delivery.EndpointId, delivery.Attempts, delivery.LastStatus));
    }

    [SkippableFact]
    public async Task AFailingReceiverIsRetriedOnTheBackoffScheduleUntilItAnswers()
    {
        await using var receiver = await EndpointReceiver.StartAsync();
        receiver.AnswerNext(500, 503);
        var buyer = await NewCompanyAsync(Factory);
        using var owner = await Factory.SignedInAsync(buyer);
        await RegisterAsync(owner, receiver, WebhookEventTypes.QuoteIssued);
        await IssuedQuoteAsync(Factory, buyer);

        var first = await receiver.NextAsync();
        var id = long.Parse(first.Delivery);
        var afterFirst = await WhenAsync(Factory, id, d => d.LastStatus == 500);
        var second = await RetryAfterAsync(TimeSpan.FromMinutes(1), receiver);
        var afterSecond = await WhenAsync(Factory, id, d => d.LastStatus == 503);
        var third = await RetryAfterAsync(TimeSpan.FromMinutes(5), receiver);
        var delivered = await WhenAsync(Factory, id, d => d.State == WebhookDeliveryState.Delivered);

        Assert.Equal((WebhookDeliveryState.Pending, 1), (afterFirst.State, afterFirst.Attempts));
        Assert.Equal(afterFirst.LastAttemptUtc!.Value.AddMinutes(1), afterFirst.NextAttemptUtc);
        Assert.Equal(afterSecond.LastAttemptUtc!.Value.AddMinutes(5), afterSecond.NextAttemptUtc);
        Assert.Equal([first.Body, first.Body], [second.Body, third.Body]);
        Assert.Equal([first.Delivery, first.Delivery], [second.Delivery, third.Delivery]);
        Assert.Equal((3, 200, (string?)null), (delivered.Attempts, delivered.LastStatus, delivered.LastError));
    }

    [SkippableFact]
    public async Task AfterTheSixthFailedAttemptTheDeliveryHasFailedAndAReplaySendsItAgain()
    {
        await using var receiver = await EndpointReceiver.StartAsync();
        receiver.Otherwise = 503;
        var buyer = await NewCompanyAsync(Factory);
        using var owner = await Factory.SignedInAsync(buyer);
        var (endpointId, _) = await RegisterAsync(owner, receiver, WebhookEventTypes.QuoteIssued);
        await IssuedQuoteAsync(Factory, buyer);

        var first = await receiver.NextAsync();
        var id = long.Parse(first.Delivery);
        foreach (var wait in WebhookDelivery.Backoff)
        {
            await WhenAsync(Factory, id, d => d.NextAttemptUtc == d.LastAttemptUtc + wait);
            await RetryAfterAsync(wait, receiver);
        }
        var failed = await WhenAsync(Factory, id, d => d.State == WebhookDeliveryState.Failed);
        portal.Clock.Advance(TimeSpan.FromDays(2));
        // A later run of the sender leaves the failed delivery alone (the demo's own deliveries may be due by then).
        await SendNowAsync();
        var afterLaterRun = await DeliveryAsync(Factory, id);
        var sentAgain = receiver.HasMore;

        receiver.Otherwise = 200;
        // Signed in again: the first sign-in lapsed while the clock moved on by days.
        using var later = await Factory.SignedInAsync(buyer);
        var log = await later.GetAsync($"{WebhooksPage}/Deliveries/{endpointId}");
        var replay = await later.SubmitAsync(log, new Dictionary<string, string>(), $"{WebhooksPage}/Replay/{id}");
        var again = await receiver.NextAsync();
        var replayed = await WhenAsync(Factory, id, d => d.State == WebhookDeliveryState.Delivered);

        Assert.Equal((6, 503, (DateTime?)null), (failed.Attempts, failed.LastStatus, failed.NextAttemptUtc));
        Assert.Equal((WebhookDeliveryState.Failed, 6), (afterLaterRun.State, afterLaterRun.Attempts));
        Assert.False(sentAgain);
        Assert.Contains("Failed", log.Text("tbody"));
        Assert.Equal(HttpStatusCode.Redirect, replay.Status);
        Assert.Equal(first.Body, again.Body);
        Assert.Equal(1, replayed.Attempts);
        Assert.Equal(1, await Factory.QueryAsync(db => db.AuditEvents.CountAsync(e => e.EntityType == "WebhookDelivery" && e.EntityId == id.ToString() && e.Action == "WebhookReplayed")));
    }

    [SkippableFact]
    public async Task TheLogRecordsWhatKindOfFailureItWasNotTheNetworksWordsAndWarnsOfItInOneLine()
    {
        var receiver = await EndpointReceiver.StartAsync();
        receiver.Otherwise = 500;
        var buyer = await NewCompanyAsync(Factory);
        using var owner = await Factory.SignedInAsync(buyer);
        var (endpointId, _) = await RegisterAsync(owner, receiver, WebhookEventTypes.QuoteIssued);
        await IssuedQuoteAsync(Factory, buyer);
        var id = long.Parse((await receiver.NextAsync()).Delivery);
        var answered = await WhenAsync(Factory, id, d => d.LastStatus == 500);

        // The receiver stops: its port refuses connections from now on.
        await receiver.DisposeAsync();
        portal.Clock.Advance(TimeSpan.FromMinutes(1));
        await SendNowAsync();
        var closed = await WhenAsync(Factory, id, d => d.Attempts == 2 && d.LastStatus is null);
        var log = await owner.GetAsync($"{WebhooksPage}/Deliveries/{endpointId}");

        Assert.Equal("HTTP 500", answered.LastError);
        Assert.Equal((WebhookOutcome.ConnectionFailed, (int?)null), (closed.LastError, closed.LastStatus));
        Assert.Contains(WebhookOutcome.ConnectionFailed, log.Text("tbody"));
        Assert.DoesNotContain("refused", log.Text("tbody"), StringComparison.OrdinalIgnoreCase);
        var warnings = portal.Logs.Entries.Where(e => e.Message.StartsWith($"Webhook delivery {id} ", StringComparison.Ordinal)).ToList();
        Assert.Equal([LogLevel.Warning, LogLevel.Warning], warnings.Select(w => w.Level));
        Assert.All(warnings, w => Assert.Null(w.Exception));
        Assert.EndsWith($"{WebhookOutcome.ConnectionFailed}.", warnings[1].Message);
        // The sender's HTTP client logs nothing of its own (it wrote each failure's stack trace at Information).
        Assert.DoesNotContain(portal.Logs.Entries, e => e.Category.StartsWith($"System.Net.Http.HttpClient.{WebhookAttempt.HttpClientName}.", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task AnEndpointThatDoesNotAnswerInTimeIsLoggedAsTimedOut()
    {
        // Connections are taken (the system's backlog) and never answered.
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var buyer = await NewCompanyAsync(Factory);
        using var owner = await Factory.SignedInAsync(buyer);
        var added = await AddEndpointAsync(owner, $"http://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}/events", WebhookEventTypes.QuoteIssued);
        var endpointId = int.Parse(added.Location!.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);

        await IssuedQuoteAsync(Factory, buyer);
        var delivery = (await DeliveriesAsync(Factory, endpointId)).Single();
        for (var waited = 0; delivery.LastError is null && waited < 60; waited++)
        {
            await Task.Delay(TimeSpan.FromSeconds(0.5));
            delivery = await DeliveryAsync(Factory, delivery.Id);
        }

        Assert.Equal((WebhookOutcome.TimedOut(TimeSpan.FromSeconds(10)), (int?)null), (delivery.LastError, delivery.LastStatus));
        Assert.Equal("Timed out after 10 s", delivery.LastError);
    }

    /// <summary>
    /// Moves the clock on and runs the sender, as its worker would then (the worker may be first: the attempt is made
    /// once either way); answers the request the receiver got.
    /// </summary>
    private async Task<ReceivedEvent> RetryAfterAsync(TimeSpan wait, EndpointReceiver receiver)
    {
        portal.Clock.Advance(wait);
        await SendNowAsync();
        return await receiver.NextAsync();
    }

    /// <summary>Runs the sender now, as its worker would; answers how many attempts it made.</summary>
    private async Task<int> SendNowAsync()
    {
        using var scope = Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<WebhookSender>().RunAsync();
    }
}

public sealed class WebhookDeliveriesOnSqlite(SqliteWebhookPortal portal) : WebhookDeliveryTests(portal), IClassFixture<SqliteWebhookPortal>;

public sealed class WebhookDeliveriesOnPostgreSql(PostgresWebhookPortal portal) : WebhookDeliveryTests(portal), IClassFixture<PostgresWebhookPortal>;
