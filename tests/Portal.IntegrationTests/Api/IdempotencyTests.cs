using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Api;

/// <summary>
/// A POST sent again with its Idempotency-Key gets the first answer back and does nothing twice, also when the copies
/// arrive at once; the key with another request, or a malformed key, is refused; keys are each API key's own.
/// </summary>
public abstract class IdempotencyTests(PortalFixture portal)
{
    private static object Join(int quantity) => new { sku = "TRN3-RACK-48U", quantity };

    private Task<int> EntriesOfAsync(string owner) => portal.Factory.QueryAsync(db =>
        db.WaitlistEntries.CountAsync(e => db.Users.Any(u => u.Email == owner && u.OrganizationId == e.OrganizationId)));

    [SkippableFact]
    public async Task TheSameRequestWithTheSameKeyGetsTheFirstAnswerAgainAndIsDoneOnce()
    {
        var owner = await Customers.AddAsync(portal.Factory, "idemonce");
        var api = await ApiCaller.ForAsync(portal.Factory, owner);

        using var first = await api.SendAsync(HttpMethod.Post, "/api/v1/waitlist", Join(3), idempotencyKey: "join-7f3a");
        using var second = await api.SendAsync(HttpMethod.Post, "/api/v1/waitlist", Join(3), idempotencyKey: "join-7f3a");
        using var otherRequest = await api.SendAsync(HttpMethod.Post, "/api/v1/waitlist", Join(4), idempotencyKey: "join-7f3a");
        using var refusedFirst = await api.SendAsync(HttpMethod.Post, "/api/v1/waitlist", Join(0), idempotencyKey: "join-bad");
        using var refusedAgain = await api.SendAsync(HttpMethod.Post, "/api/v1/waitlist", Join(0), idempotencyKey: "join-bad");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.False(first.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal("true", second.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, otherRequest.StatusCode);
        Assert.Contains("different request", await otherRequest.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, refusedAgain.StatusCode);
        Assert.Equal("application/problem+json", refusedFirst.Content.Headers.ContentType!.MediaType);
        Assert.Equal("application/problem+json", refusedAgain.Content.Headers.ContentType!.MediaType);
        Assert.Equal(await refusedFirst.Content.ReadAsStringAsync(), await refusedAgain.Content.ReadAsStringAsync());
        Assert.Equal(1, await EntriesOfAsync(owner));
    }

    [SkippableFact]
    public async Task CopiesSentAtOnceMakeOneQuoteRequest()
    {
        var owner = await Customers.AddAsync(portal.Factory, "idemrace");
        var api = await ApiCaller.ForAsync(portal.Factory, owner);
        var request = new { configurations = Array.Empty<object>(), products = new[] { new { sku = "SVC-INSTALL-RACK", quantity = 1 } } };

        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => api.SendAsync(HttpMethod.Post, "/api/v1/quotes", request, idempotencyKey: "po-2026-0042")));

        var quotes = await portal.Factory.QueryAsync(db => db.Quotes.CountAsync(q => db.Users.Any(u => u.Email == owner && u.OrganizationId == q.OrganizationId)));
        Assert.Equal(1, quotes);
        Assert.All(answers, a => Assert.Contains(a.StatusCode, new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }));
        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created && !a.Headers.Contains("Idempotent-Replayed"));
        using var later = await api.SendAsync(HttpMethod.Post, "/api/v1/quotes", request, idempotencyKey: "po-2026-0042");
        Assert.Equal(HttpStatusCode.Created, later.StatusCode);
        Assert.Equal(1, await portal.Factory.QueryAsync(db => db.Quotes.CountAsync(q => db.Users.Any(u => u.Email == owner && u.OrganizationId == q.OrganizationId))));
    }

    [SkippableFact]
    public async Task KeysAreEachApiKeysOwnAndAMalformedKeyIsRefused()
    {
        var owner = await Customers.AddAsync(portal.Factory, "idemkeys");
        var (one, other) = (await ApiCaller.ForAsync(portal.Factory, owner), await ApiCaller.ForAsync(portal.Factory, owner));

        using var byOne = await one.SendAsync(HttpMethod.Post, "/api/v1/waitlist", Join(2), idempotencyKey: "shared-text");
        using var byOther = await other.SendAsync(HttpMethod.Post, "/api/v1/waitlist", new { sku = "TRN3-RACK-48U", quantity = 2, quarter = Quarter.Containing(DateTime.UtcNow).Plus(6).ToString() }, idempotencyKey: "shared-text");
        using var tooLong = await one.SendAsync(HttpMethod.Post, "/api/v1/waitlist", Join(1), idempotencyKey: new string('k', 201));

        Assert.Equal(HttpStatusCode.Created, byOne.StatusCode);
        Assert.Equal(HttpStatusCode.Created, byOther.StatusCode);
        Assert.False(byOther.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("Idempotency-Key", await tooLong.Content.ReadAsStringAsync());
        Assert.Equal(2, await EntriesOfAsync(owner));
    }
}

public sealed class IdempotencyOnSqlite(SqlitePortal portal) : IdempotencyTests(portal), IClassFixture<SqlitePortal>;

public sealed class IdempotencyOnPostgreSql(PostgresPortal portal) : IdempotencyTests(portal), IClassFixture<PostgresPortal>;
