using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Webhooks;
using Portal.IntegrationTests.Support;
using static Portal.IntegrationTests.Webhooks.WebhookSteps;

namespace Portal.IntegrationTests.Webhooks;

/// <summary>The Webhooks pages: bad input is refused field by field, the owner changes its endpoints, another company reaches none.</summary>
public abstract class WebhookPageTests(WebhookPortal portal)
{
    private const string Closed = "http://127.0.0.1:9/events";

    private PortalFactory Factory => portal.Factory;

    /// <summary>A new company whose first user added an endpoint for the receiver, which then received an issued quote.</summary>
    private async Task<(string Buyer, int EndpointId, string Secret, long DeliveryId)> DeliveredOnceAsync(EndpointReceiver receiver)
    {
        var buyer = await NewCompanyAsync(Factory);
        using var owner = await Factory.SignedInAsync(buyer);
        var (endpointId, secret) = await RegisterAsync(owner, receiver, WebhookEventTypes.QuoteIssued);
        await IssuedQuoteAsync(Factory, buyer);
        return (buyer, endpointId, secret, long.Parse((await receiver.NextAsync()).Delivery));
    }

    [SkippableFact]
    public async Task BadInputIsRefusedWithFieldMessagesAndNothingIsStored()
    {
        var buyer = await NewCompanyAsync(Factory);
        using var owner = await Factory.SignedInAsync(buyer);

        var pages = new[]
        {
            await AddEndpointAsync(owner, "", WebhookEventTypes.QuoteIssued),
            await AddEndpointAsync(owner, "not a url", WebhookEventTypes.QuoteIssued),
            await AddEndpointAsync(owner, "ftp://127.0.0.1/events", WebhookEventTypes.QuoteIssued),
            await AddEndpointAsync(owner, "https://nowhere.invalid/events", WebhookEventTypes.QuoteIssued),
            await AddEndpointAsync(owner, Closed),
            await AddEndpointAsync(owner, Closed, "quote.deleted"),
        };

        Assert.All(pages, page => Assert.Equal(HttpStatusCode.OK, page.Status));
        Assert.Equal("Enter the URL the portal should post events to.", pages[0].FieldMessage("Url"));
        Assert.Contains("full https URL", pages[1].FieldMessage("Url"));
        Assert.Contains("full https URL", pages[2].FieldMessage("Url"));
        Assert.Equal("The URL's host name cannot be found.", pages[3].FieldMessage("Url"));
        Assert.Equal("Choose at least one event to send.", pages[4].FieldMessage("Events"));
        Assert.Equal("", pages[4].FieldMessage("Url"));
        Assert.Equal("Choose at least one event to send.", pages[5].FieldMessage("Events"));
        Assert.Equal("ftp://127.0.0.1/events", pages[2].Document.QuerySelector("#Url")!.GetAttribute("value"));
        Assert.False(await Factory.QueryAsync(db => db.WebhookEndpoints.AnyAsync(e => db.Users.Any(u => u.Email == buyer && u.OrganizationId == e.OrganizationId))));
    }

    [SkippableFact]
    public async Task AnotherCompanyCanNeitherSeeNorChangeNorReplayAnEndpointOrItsDeliveries()
    {
        await using var receiver = await EndpointReceiver.StartAsync();
        var (buyer, endpointId, secret, deliveryId) = await DeliveredOnceAsync(receiver);
        using var other = await Factory.SignedInAsync(await NewCompanyAsync(Factory));
        var token = await other.AntiforgeryTokenAsync(WebhooksPage);

        var log = await other.GetAsync($"{WebhooksPage}/Deliveries/{endpointId}");
        var posts = new List<PortalClient.Page>();
        foreach (var action in new[] { $"Replay/{deliveryId}", $"Disable/{endpointId}", $"RotateSecret/{endpointId}", $"Delete/{endpointId}" })
        {
            posts.Add(await other.PostAsync($"{WebhooksPage}/{action}", new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        }
        var list = await other.GetAsync(WebhooksPage);

        Assert.Equal(HttpStatusCode.NotFound, log.Status);
        Assert.All(posts, post => Assert.Equal(HttpStatusCode.NotFound, post.Status));
        Assert.DoesNotContain(receiver.Url, list.Body);
        var endpoint = await Factory.QueryAsync(db => db.WebhookEndpoints.AsNoTracking().SingleAsync(e => e.Id == endpointId));
        Assert.Equal((false, secret), (endpoint.IsDisabled, endpoint.Secret));
        Assert.Equal(1, (await DeliveryAsync(Factory, deliveryId)).Attempts);
        Assert.False(receiver.HasMore);
    }

    [SkippableFact]
    public async Task AColleagueSeesTheEndpointsAndTheirLogsButNotTheSecretAndChangesNothing()
    {
        await using var receiver = await EndpointReceiver.StartAsync();
        var (buyer, endpointId, secret, deliveryId) = await DeliveredOnceAsync(receiver);
        using var colleague = await Factory.SignedInAsync(await Customers.AddColleagueAsync(Factory, buyer));
        var token = await colleague.AntiforgeryTokenAsync("/Customer/Configurator");

        var list = await colleague.GetAsync(WebhooksPage);
        var log = await colleague.GetAsync($"{WebhooksPage}/Deliveries/{endpointId}");
        var add = await AddEndpointAsync(colleague, Closed, WebhookEventTypes.QuoteIssued);
        var replay = await colleague.PostAsync($"{WebhooksPage}/Replay/{deliveryId}", new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        var rotate = await colleague.PostAsync($"{WebhooksPage}/RotateSecret/{endpointId}", new Dictionary<string, string> { ["__RequestVerificationToken"] = token });

        Assert.Contains(receiver.Url, list.Body);
        Assert.Contains("administrators add and change", list.Body);
        Assert.Equal(HttpStatusCode.OK, log.Status);
        Assert.DoesNotContain(secret, log.Body);
        Assert.Empty(log.Document.QuerySelectorAll("form[action*='Replay']"));
        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], [add.Status, replay.Status, rotate.Status]);
        Assert.Equal(1, await Factory.QueryAsync(db => db.WebhookEndpoints.CountAsync(e => db.Users.Any(u => u.Email == buyer && u.OrganizationId == e.OrganizationId))));
        Assert.Equal(1, (await DeliveryAsync(Factory, deliveryId)).Attempts);
    }

    [SkippableFact]
    public async Task TheOwnerRotatesTheSecretDisablesAndDeletesAnEndpointEachAudited()
    {
        await using var receiver = await EndpointReceiver.StartAsync();
        var buyer = await NewCompanyAsync(Factory);
        using var owner = await Factory.SignedInAsync(buyer);
        var (endpointId, oldSecret) = await RegisterAsync(owner, receiver, WebhookEventTypes.QuoteIssued);
        var page = $"{WebhooksPage}/Deliveries/{endpointId}";

        var rotated = await owner.SubmitAsync(page, new Dictionary<string, string>(), $"{WebhooksPage}/RotateSecret/{endpointId}");
        var newSecret = (await owner.GetAsync(page)).Text(".webhook-secret");
        await IssuedQuoteAsync(Factory, buyer);
        var signed = await receiver.NextAsync();
        await owner.SubmitAsync(page, new Dictionary<string, string>(), $"{WebhooksPage}/Disable/{endpointId}");
        await IssuedQuoteAsync(Factory, buyer);
        var whileDisabled = await DeliveriesAsync(Factory, endpointId);
        var deleted = await owner.SubmitAsync(page, new Dictionary<string, string>(), $"{WebhooksPage}/Delete/{endpointId}");

        Assert.Equal(HttpStatusCode.Redirect, rotated.Status);
        Assert.NotEqual(oldSecret, newSecret);
        Assert.True(WebhookSignature.Verify(signed.Signature, newSecret, signed.Body, portal.Clock.GetUtcNow(), TimeSpan.FromMinutes(5)));
        Assert.False(WebhookSignature.Verify(signed.Signature, oldSecret, signed.Body, portal.Clock.GetUtcNow(), TimeSpan.FromMinutes(5)));
        Assert.Single(whileDisabled);
        Assert.Equal(HttpStatusCode.Redirect, deleted.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.GetAsync(page)).Status);
        Assert.Empty(await DeliveriesAsync(Factory, endpointId));
        var audit = await Factory.QueryAsync(db => db.AuditEvents.Where(e => e.EntityType == "WebhookEndpoint" && e.EntityId == endpointId.ToString())
            .OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
        Assert.Equal(["WebhookEndpointAdded", "WebhookSecretRotated", "WebhookEndpointDisabled", "WebhookEndpointDeleted"], audit);
    }

    [SkippableFact]
    public async Task EnablingAnEndpointThatIsEnabledIsRefusedWithTheReasonAndAuditsNothing()
    {
        await using var receiver = await EndpointReceiver.StartAsync();
        using var owner = await Factory.SignedInAsync(await NewCompanyAsync(Factory));
        var (endpointId, _) = await RegisterAsync(owner, receiver, WebhookEventTypes.QuoteIssued);

        var refused = await owner.PostAsync($"{WebhooksPage}/Enable/{endpointId}",
            new Dictionary<string, string> { ["__RequestVerificationToken"] = await owner.AntiforgeryTokenAsync(WebhooksPage) });

        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Contains("The endpoint is already enabled.", refused.Text("[role=alert]"));
        Assert.False(await Factory.QueryAsync(db => db.AuditEvents.AnyAsync(e => e.EntityId == endpointId.ToString() && e.Action == "WebhookEndpointEnabled")));
    }
}

public sealed class WebhookPagesOnSqlite(SqliteWebhookPortal portal) : WebhookPageTests(portal), IClassFixture<SqliteWebhookPortal>;

public sealed class WebhookPagesOnPostgreSql(PostgresWebhookPortal portal) : WebhookPageTests(portal), IClassFixture<PostgresWebhookPortal>;
