using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Application.Quotes.Accept;
using Portal.Domain.Common;
using Portal.Domain.Quotes;
using Portal.IntegrationTests.Payments;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Api;

/// <summary>
/// Quote requests written through the API: made whole or not at all, submitted, and the issued quote accepted or
/// declined, each judged by the same rules as on the pages and refused field by field.
/// </summary>
public abstract class QuoteRequestsApiTests(PortalFixture portal)
{
    private static readonly string NextQuarter = Quarter.Containing(DateTime.UtcNow).Plus(2).ToString();

    private async Task<(ApiCaller Api, int OrganizationId, int SiteId)> NewCompanyAsync(string slug)
    {
        var owner = await Customers.AddAsync(portal.Factory, slug);
        var (organization, site) = await portal.Factory.QueryAsync(async db =>
        {
            var id = await db.Users.Where(u => u.Email == owner).Select(u => u.OrganizationId!.Value).SingleAsync();
            return (id, await db.Sites.Where(s => s.OrganizationId == id).Select(s => s.Id).SingleAsync());
        });
        return (await ApiCaller.ForAsync(portal.Factory, owner), organization, site);
    }

    private static object Request(int siteId, object[]? configurations = null, object[]? products = null, string? quarter = null) => new
    {
        siteId,
        requestedQuarter = quarter ?? NextQuarter,
        notes = "Ordered by our procurement system.",
        configurations = configurations ?? [Trainium2Racks(2)],
        products = products ?? [new { sku = "SVC-INSTALL-RACK", quantity = 2 }],
    };

    private static object Trainium2Racks(int racks, int servers = 4) => new
    {
        rackSku = "TRN2-RACK-48U",
        components = new[]
        {
            new { sku = "TRN2-SRV-16", quantity = servers }, new { sku = "EFA-SW-25T", quantity = 1 },
            new { sku = "STOR-NVME-1U", quantity = 2 }, new { sku = "PDU-3PH-60KW", quantity = 2 },
        },
        rackCount = racks,
    };

    private Task<int> QuotesOfAsync(int organizationId) => portal.Factory.QueryAsync(db => db.Quotes.CountAsync(q => q.OrganizationId == organizationId));

    [SkippableFact]
    public async Task AWriteKeyMakesAWholeQuoteRequestAndSubmitsItToSales()
    {
        var (api, organization, site) = await NewCompanyAsync("apimade");

        using var created = await api.SendAsync(HttpMethod.Post, "/api/v1/quotes", Request(site));
        var draft = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        var id = draft.GetProperty("quote").GetProperty("id").GetInt32();
        var submitted = await api.JsonAsync(HttpMethod.Post, $"/api/v1/quotes/{id}/submit");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.EndsWith($"/api/v1/quotes/{id}", created.Headers.Location!.ToString());
        Assert.Equal("Draft", draft.GetProperty("quote").GetProperty("status").GetString());
        Assert.Equal(NextQuarter, draft.GetProperty("quote").GetProperty("requestedQuarter").GetString());
        var lines = draft.GetProperty("lines").EnumerateArray().ToDictionary(l => l.GetProperty("sku").GetString()!, l => l.GetProperty("quantity").GetInt32());
        Assert.Equal(2, lines["TRN2-RACK-48U"]);
        Assert.Equal(8, lines["TRN2-SRV-16"]);
        Assert.Equal(2, lines["SVC-INSTALL-RACK"]);
        Assert.Equal("Submitted", submitted.GetProperty("quote").GetProperty("status").GetString());
        var stored = await portal.Factory.QueryAsync(db => db.Quotes.SingleAsync(q => q.Id == id));
        Assert.Equal((organization, site, QuoteStatus.Submitted), (stored.OrganizationId, stored.SiteId!.Value, stored.Status));
        Assert.Equal("Ordered by our procurement system.", stored.Notes);
        Assert.True(await portal.Factory.QueryAsync(db => db.AuditEvents.AnyAsync(a => a.EntityType == "Quote" && a.EntityId == id.ToString() && a.Action == "Submitted")));
    }

    [SkippableFact]
    public async Task ABadQuoteRequestIsRefusedFieldByFieldAndNothingOfItIsSaved()
    {
        var (api, organization, site) = await NewCompanyAsync("apibad");
        var foreignSite = await portal.Factory.QueryAsync(db => db.Sites.Where(s => s.OrganizationId != organization).Select(s => s.Id).FirstAsync());

        var badRack = await api.JsonAsync(HttpMethod.Post, "/api/v1/quotes",
            Request(site, configurations: [Trainium2Racks(1), new { rackSku = "NO-SUCH-RACK", components = Array.Empty<object>(), rackCount = 1 }]),
            HttpStatusCode.BadRequest);
        var badProduct = await api.JsonAsync(HttpMethod.Post, "/api/v1/quotes",
            Request(site, products: [new { sku = "SVC-INSTALL-RACK", quantity = 1 }, new { sku = "TRN2-RACK-48U", quantity = 1 }]), HttpStatusCode.BadRequest);
        var pastQuarter = await api.JsonAsync(HttpMethod.Post, "/api/v1/quotes", Request(site, quarter: "2020-Q1"), HttpStatusCode.BadRequest);
        var empty = await api.JsonAsync(HttpMethod.Post, "/api/v1/quotes", new { siteId = site }, HttpStatusCode.BadRequest);
        var notJson = await api.SendAsync(HttpMethod.Post, "/api/v1/quotes", "not a request");
        var elsewhere = await api.JsonAsync(HttpMethod.Post, "/api/v1/quotes", Request(foreignSite), HttpStatusCode.NotFound);

        Assert.NotEmpty(ApiCaller.ErrorsFor(badRack, "configurations[1].rackSku"));
        Assert.Contains("base rack", ApiCaller.ErrorsFor(badProduct, "products[1].sku").Single());
        Assert.Contains("past", ApiCaller.ErrorsFor(pastQuarter, "requestedQuarter").Single());
        Assert.Contains("at least one", empty.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Equal("application/problem+json", notJson.Content.Headers.ContentType!.MediaType);
        Assert.Contains("site was not found", elsewhere.GetProperty("detail").GetString());
        Assert.Equal(0, await QuotesOfAsync(organization));
    }

    [SkippableFact]
    public async Task AReadKeyMayNotWriteAndAnotherCompanysQuoteCannotBeSubmitted()
    {
        var (writer, organization, site) = await NewCompanyAsync("apiread");
        var owner = await portal.Factory.QueryAsync(db => db.Users.Where(u => u.OrganizationId == organization).Select(u => u.Email!).SingleAsync());
        var reader = await ApiCaller.ForAsync(portal.Factory, owner, write: false);
        var foreign = await portal.Factory.QueryAsync(db => db.Quotes.Where(q => q.OrganizationId != organization && q.Status == QuoteStatus.Draft).Select(q => q.Id).FirstAsync());

        var refused = await reader.JsonAsync(HttpMethod.Post, "/api/v1/quotes", Request(site), HttpStatusCode.Forbidden);
        var notTheirs = await writer.JsonAsync(HttpMethod.Post, $"/api/v1/quotes/{foreign}/submit", expected: HttpStatusCode.NotFound);

        Assert.Contains("scope", refused.GetProperty("detail").GetString());
        Assert.Contains("quote was not found", notTheirs.GetProperty("detail").GetString());
        Assert.Equal(0, await QuotesOfAsync(organization));
        Assert.Equal(QuoteStatus.Draft, await portal.Factory.QueryAsync(db => db.Quotes.Where(q => q.Id == foreign).Select(q => q.Status).SingleAsync()));
    }

    [SkippableFact]
    public async Task APendingCompanyMakesADraftButCannotSubmitIt()
    {
        var api = await ApiCaller.ForAsync(portal.Factory, "owner@quantaforge.example");
        var site = await portal.Factory.QueryAsync(db => db.Sites.Where(s => s.Organization!.Name == "QuantaForge Analytics GmbH").Select(s => s.Id).FirstAsync());

        var draft = await api.JsonAsync(HttpMethod.Post, "/api/v1/quotes", Request(site, configurations: [Trainium2Racks(1, servers: 2)]), HttpStatusCode.Created);
        var id = draft.GetProperty("quote").GetProperty("id").GetInt32();
        var refused = await api.JsonAsync(HttpMethod.Post, $"/api/v1/quotes/{id}/submit", expected: HttpStatusCode.BadRequest);

        Assert.Contains("awaiting approval", refused.GetProperty("detail").GetString());
        Assert.Equal(QuoteStatus.Draft, await portal.Factory.QueryAsync(db => db.Quotes.Where(q => q.Id == id).Select(q => q.Status).SingleAsync()));
    }

    [SkippableFact]
    public async Task AnIssuedQuoteIsAcceptedOrDeclinedThroughTheApiWithFieldMessagesForWhatIsMissing()
    {
        var (api, organization, _) = await NewCompanyAsync("apianswer");
        var owner = await portal.Factory.QueryAsync(db => db.Users.Where(u => u.OrganizationId == organization).Select(u => u.Email!).SingleAsync());
        var toAccept = await DepositSteps.IssuedQuoteAsync(portal.Factory, owner, q => q.WithTrainium2Racks(1));
        var toDecline = await DepositSteps.IssuedQuoteAsync(portal.Factory, owner, q => q.WithTrainium2Racks(1));

        var unsigned = await api.JsonAsync(HttpMethod.Post, $"/api/v1/quotes/{toAccept}/accept", new { revision = 1 }, HttpStatusCode.BadRequest);
        var accepted = await api.JsonAsync(HttpMethod.Post, $"/api/v1/quotes/{toAccept}/accept",
            new { name = "Ada Byte", title = "Head of procurement", purchaseOrder = "PO-7781", acceptTerms = true, revision = 1 });
        var again = await api.JsonAsync(HttpMethod.Post, $"/api/v1/quotes/{toAccept}/accept",
            new { name = "Ada Byte", title = "Head of procurement", acceptTerms = true, revision = 1 }, HttpStatusCode.Conflict);
        var deposits = await api.JsonAsync(HttpMethod.Get, $"/api/v1/deposits?quote={toAccept}");
        var noReason = await api.JsonAsync(HttpMethod.Post, $"/api/v1/quotes/{toDecline}/decline", new { reason = " ", revision = 1 }, HttpStatusCode.BadRequest);
        var declined = await api.JsonAsync(HttpMethod.Post, $"/api/v1/quotes/{toDecline}/decline", new { reason = "Our budget moved to next year.", revision = 1 });

        Assert.NotEmpty(ApiCaller.ErrorsFor(unsigned, "name"));
        Assert.NotEmpty(ApiCaller.ErrorsFor(unsigned, "title"));
        Assert.NotEmpty(ApiCaller.ErrorsFor(unsigned, "acceptTerms"));
        Assert.Equal("Accepted", accepted.GetProperty("quote").GetProperty("status").GetString());
        Assert.Equal("Refused", again.GetProperty("title").GetString());
        Assert.Equal("Due", deposits.EnumerateArray().Single().GetProperty("state").GetString());
        Assert.NotEmpty(ApiCaller.ErrorsFor(noReason, "reason"));
        Assert.Equal("Declined", declined.GetProperty("quote").GetProperty("status").GetString());
        var stored = await portal.Factory.QueryAsync(db => db.Quotes.Where(q => q.Id == toAccept || q.Id == toDecline).ToDictionaryAsync(q => q.Id));
        Assert.Equal("PO-7781", stored[toAccept].Acceptance!.PurchaseOrder);
        Assert.Equal("Our budget moved to next year.", stored[toDecline].DeclineReason);
    }

    [SkippableFact]
    public async Task AnAnswerToAQuoteNamesTheRevisionItAnswersAndIsRefusedOnceTheQuoteMovedOn()
    {
        var (api, organization, _) = await NewCompanyAsync("apirevision");
        var owner = await portal.Factory.QueryAsync(db => db.Users.Where(u => u.OrganizationId == organization).Select(u => u.Email!).SingleAsync());
        var issued = await DepositSteps.IssuedQuoteAsync(portal.Factory, owner, q => q.WithTrainium2Racks(1));
        var accept = new { name = "Ada Byte", title = "Head of procurement", acceptTerms = true };

        var declineUnnamed = await api.JsonAsync(HttpMethod.Post, $"/api/v1/quotes/{issued}/decline", new { reason = "Too dear." }, HttpStatusCode.BadRequest);
        var acceptUnnamed = await api.JsonAsync(HttpMethod.Post, $"/api/v1/quotes/{issued}/accept", accept, HttpStatusCode.BadRequest);
        var declineOther = await api.JsonAsync(HttpMethod.Post, $"/api/v1/quotes/{issued}/decline", new { reason = "Too dear.", revision = 2 }, HttpStatusCode.Conflict);
        var declined = await api.JsonAsync(HttpMethod.Post, $"/api/v1/quotes/{issued}/decline", new { reason = "Too dear.", revision = 1 });
        var acceptAnswered = await api.JsonAsync(HttpMethod.Post, $"/api/v1/quotes/{issued}/accept", new { accept.name, accept.title, accept.acceptTerms, revision = 1 },
            HttpStatusCode.Conflict);
        var declineAgain = await api.JsonAsync(HttpMethod.Post, $"/api/v1/quotes/{issued}/decline", new { reason = "Too dear.", revision = 1 }, HttpStatusCode.Conflict);

        Assert.Equal(AcceptQuoteCommand.RevisionNotNamed, ApiCaller.ErrorsFor(declineUnnamed, "revision").Single());
        Assert.Equal(AcceptQuoteCommand.RevisionNotNamed, ApiCaller.ErrorsFor(acceptUnnamed, "revision").Single());
        Assert.Contains("has no revision 2", declineOther.GetProperty("detail").GetString());
        Assert.Equal("Declined", declined.GetProperty("quote").GetProperty("status").GetString());
        Assert.Contains("declined", acceptAnswered.GetProperty("detail").GetString());
        Assert.Contains("declined", declineAgain.GetProperty("detail").GetString());
    }
}

public sealed class QuoteRequestsApiOnSqlite(SqlitePortal portal) : QuoteRequestsApiTests(portal), IClassFixture<SqlitePortal>;

public sealed class QuoteRequestsApiOnPostgreSql(PostgresPortal portal) : QuoteRequestsApiTests(portal), IClassFixture<PostgresPortal>;
