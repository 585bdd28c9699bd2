using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Waitlist;
using Portal.Domain.Common;
using Portal.Domain.Quotes;
using Portal.Domain.Waitlist;
using Portal.IntegrationTests.Support;
using Portal.Web.Api;

namespace Portal.IntegrationTests.Api;

/// <summary>A company's waitlist entries through the API: joined, read, left, an offer taken as a quote request; another company's not found.</summary>
public abstract class WaitlistApiTests(PortalFixture portal)
{
    [SkippableFact]
    public async Task ACompanyJoinsReadsAndLeavesALineAndIsToldWhatIsWrongWithABadJoin()
    {
        var api = await ApiCaller.ForAsync(portal.Factory, await Customers.AddAsync(portal.Factory, "apiwait"));
        var foreign = await portal.Factory.QueryAsync(db => db.WaitlistEntries.Where(e => db.Organizations.Any(o => o.Id == e.OrganizationId && o.Name == "Fjord Compute AS")).Select(e => e.Id).FirstAsync());

        var joined = await api.JsonAsync(HttpMethod.Post, "/api/v1/waitlist", new { sku = "TRN3-RACK-48U", quantity = 2 }, HttpStatusCode.Created);
        var id = joined.GetProperty("id").GetInt32();
        var listed = await api.JsonAsync(HttpMethod.Get, "/api/v1/waitlist");
        var noUnits = await api.JsonAsync(HttpMethod.Post, "/api/v1/waitlist", new { sku = "TRN3-RACK-48U", quantity = 0, quarter = "2020-Q1" }, HttpStatusCode.BadRequest);
        var notLimited = await api.JsonAsync(HttpMethod.Post, "/api/v1/waitlist", new { sku = "SVC-INSTALL-RACK", quantity = 1 }, HttpStatusCode.BadRequest);
        var unknown = await api.JsonAsync(HttpMethod.Post, "/api/v1/waitlist", new { sku = "NO-SUCH-SKU", quantity = 1 }, HttpStatusCode.NotFound);
        var notTheirs = await api.JsonAsync(HttpMethod.Get, $"/api/v1/waitlist/{foreign}", expected: HttpStatusCode.NotFound);
        using var leaveTheirs = await api.SendAsync(HttpMethod.Delete, $"/api/v1/waitlist/{foreign}");
        using var left = await api.SendAsync(HttpMethod.Delete, $"/api/v1/waitlist/{id}");
        var after = await api.JsonAsync(HttpMethod.Get, $"/api/v1/waitlist/{id}");

        Assert.Equal("TRN3-RACK-48U", joined.GetProperty("sku").GetString());
        Assert.Contains(joined.GetProperty("status").GetString(), new[] { "Waiting", "Offered" });
        Assert.True(joined.GetProperty("position").GetInt32() >= 1);
        Assert.Equal(id, listed.EnumerateArray().Single().GetProperty("id").GetInt32());
        Assert.NotEmpty(ApiCaller.ErrorsFor(noUnits, "quantity"));
        Assert.NotEmpty(ApiCaller.ErrorsFor(noUnits, "quarter"));
        Assert.Contains("not allocation-limited", notLimited.GetProperty("detail").GetString());
        Assert.Contains("product was not found", unknown.GetProperty("detail").GetString());
        Assert.Contains("not found", notTheirs.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NotFound, leaveTheirs.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, left.StatusCode);
        Assert.Equal("Withdrawn", after.GetProperty("status").GetString());
        Assert.NotEqual(WaitlistStatus.Withdrawn, await portal.Factory.QueryAsync(db => db.WaitlistEntries.Where(e => e.Id == foreign).Select(e => e.Status).SingleAsync()));
    }

    [SkippableFact]
    public async Task AnOpenOfferIsTakenForOneOfTheCompanysSitesAsASubmittedQuoteRequest()
    {
        var offered = await portal.Factory.QueryAsync(db => db.WaitlistEntries.Where(e => e.Status == WaitlistStatus.Offered && db.Organizations.Any(o => o.Id == e.OrganizationId && o.Name == "Helios AI Labs")).SingleAsync());
        var (site, foreignSite) = await portal.Factory.QueryAsync(async db => (
            await db.Sites.Where(s => s.OrganizationId == offered.OrganizationId).Select(s => s.Id).FirstAsync(),
            await db.Sites.Where(s => s.OrganizationId != offered.OrganizationId).Select(s => s.Id).FirstAsync()));
        var api = await ApiCaller.ForAsync(portal.Factory, "buyer@helios.example");
        var fjord = await ApiCaller.ForAsync(portal.Factory, "buyer@fjord.example");

        var entry = await api.JsonAsync(HttpMethod.Get, $"/api/v1/waitlist/{offered.Id}");
        var offerId = entry.GetProperty("offer").GetProperty("id").GetInt32();
        var byAnother = await fjord.JsonAsync(HttpMethod.Post, $"/api/v1/waitlist/{offered.Id}/accept-offer", new { siteId = site, offerId }, HttpStatusCode.NotFound);
        var noSite = await api.JsonAsync(HttpMethod.Post, $"/api/v1/waitlist/{offered.Id}/accept-offer", new { siteId = foreignSite, offerId }, HttpStatusCode.BadRequest);
        var declineByAnother = await fjord.JsonAsync(HttpMethod.Post, $"/api/v1/waitlist/{offered.Id}/decline-offer", new { offerId }, HttpStatusCode.NotFound);
        var unnamed = await api.JsonAsync(HttpMethod.Post, $"/api/v1/waitlist/{offered.Id}/accept-offer", new { siteId = site }, HttpStatusCode.BadRequest);
        var declineUnnamed = await api.JsonAsync(HttpMethod.Post, $"/api/v1/waitlist/{offered.Id}/decline-offer", new { }, HttpStatusCode.BadRequest);
        var anotherOffer = await api.JsonAsync(HttpMethod.Post, $"/api/v1/waitlist/{offered.Id}/accept-offer", new { siteId = site, offerId = offerId + 1 }, HttpStatusCode.Conflict);
        var quote = await api.JsonAsync(HttpMethod.Post, $"/api/v1/waitlist/{offered.Id}/accept-offer", new { siteId = site, offerId }, HttpStatusCode.Created);
        var declineAnswered = await api.JsonAsync(HttpMethod.Post, $"/api/v1/waitlist/{offered.Id}/decline-offer", new { offerId }, HttpStatusCode.Conflict);

        Assert.Equal(offered.OfferedUnits, entry.GetProperty("offer").GetProperty("units").GetInt32());
        Assert.Contains("not found", byAnother.GetProperty("detail").GetString());
        Assert.Contains("not found", declineByAnother.GetProperty("detail").GetString());
        Assert.NotEmpty(ApiCaller.ErrorsFor(noSite, "siteId"));
        Assert.Equal(ApiOffer.NotNamed, ApiCaller.ErrorsFor(unnamed, "offerId").Single());
        Assert.Equal(ApiOffer.NotNamed, ApiCaller.ErrorsFor(declineUnnamed, "offerId").Single());
        Assert.Contains("changed since you read it", anotherOffer.GetProperty("detail").GetString());
        Assert.Contains("changed since you read it", declineAnswered.GetProperty("detail").GetString());
        Assert.Equal("Submitted", quote.GetProperty("quote").GetProperty("status").GetString());
        Assert.Equal(offered.OfferedUnits, quote.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("sku").GetString() == "TRN3-RACK-48U").GetProperty("quantity").GetInt32());
        var quoteId = quote.GetProperty("quote").GetProperty("id").GetInt32();
        var stored = await portal.Factory.QueryAsync(db => db.Quotes.SingleAsync(q => q.Id == quoteId));
        Assert.Equal((offered.OrganizationId, QuoteStatus.Submitted, site), (stored.OrganizationId, stored.Status, stored.SiteId!.Value));
        Assert.True(await portal.Factory.QueryAsync(db => db.QuoteHolds.AnyAsync(h => h.QuoteId == quoteId && h.Units == offered.OfferedUnits)));
    }

    /// <summary>
    /// Twenty answers to one offer sent at once: one takes it, the others are told it moved on, and none takes the offer
    /// the waitlist job makes the entry for the rest of what it waits for.
    /// </summary>
    [SkippableFact]
    public async Task TwentyAcceptancesOfOneOfferTakeItOnceAndNeverTheOfferThatFollows()
    {
        const string sleds = "TRN3-SLED-8";
        var quarter = Quarter.Containing(DateTime.UtcNow).Plus(3);
        var owner = await Customers.AddAsync(portal.Factory, "offerrace");
        var api = await ApiCaller.ForAsync(portal.Factory, owner);
        var (organization, site) = await portal.Factory.QueryAsync(async db =>
        {
            var id = await db.Users.Where(u => u.Email == owner).Select(u => u.OrganizationId!.Value).SingleAsync();
            return (id, await db.Sites.Where(s => s.OrganizationId == id).Select(s => s.Id).SingleAsync());
        });
        var taken = await portal.Factory.QueryAsync(db => db.Allocations
            .Where(a => a.Quarter == quarter && db.Products.Any(p => p.Id == a.ProductId && p.Sku == sleds)).Select(a => a.Held + a.Committed).SingleOrDefaultAsync());
        await Supply.SetAsync(portal.Factory, sleds, quarter, taken);
        var entryId = (await api.JsonAsync(HttpMethod.Post, "/api/v1/waitlist", new { sku = sleds, quantity = 6, quarter = quarter.ToString() }, HttpStatusCode.Created))
            .GetProperty("id").GetInt32();
        await Supply.SetAsync(portal.Factory, sleds, quarter, taken + 2);
        await Jobs.RunAsync<WaitlistOffers>(portal.Factory);
        var offerId = (await api.JsonAsync(HttpMethod.Get, $"/api/v1/waitlist/{entryId}")).GetProperty("offer").GetProperty("id").GetInt32();
        await Supply.SetAsync(portal.Factory, sleds, quarter, taken + 4);

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            using var answer = await api.SendAsync(HttpMethod.Post, $"/api/v1/waitlist/{entryId}/accept-offer", new { siteId = site, offerId });
            return (answer.StatusCode, answer.Content.Headers.ContentType?.MediaType);
        }));
        var late = await api.JsonAsync(HttpMethod.Post, $"/api/v1/waitlist/{entryId}/accept-offer", new { siteId = site, offerId }, HttpStatusCode.Conflict);
        var entry = await api.JsonAsync(HttpMethod.Get, $"/api/v1/waitlist/{entryId}");

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.Created),
            a => Assert.Equal((HttpStatusCode.Conflict, "application/problem+json"), (a.StatusCode, a.MediaType)));
        Assert.Equal("Refused", late.GetProperty("title").GetString());
        Assert.Equal("Offered", entry.GetProperty("status").GetString());
        Assert.Equal(4, entry.GetProperty("quantity").GetInt32());
        Assert.NotEqual(offerId, entry.GetProperty("offer").GetProperty("id").GetInt32());
        Assert.Equal(1, await portal.Factory.QueryAsync(db => db.Quotes.CountAsync(q => q.OrganizationId == organization)));
    }
}

public sealed class WaitlistApiOnSqlite(SqlitePortal portal) : WaitlistApiTests(portal), IClassFixture<SqlitePortal>;

public sealed class WaitlistApiOnPostgreSql(PostgresPortal portal) : WaitlistApiTests(portal), IClassFixture<PostgresPortal>;
