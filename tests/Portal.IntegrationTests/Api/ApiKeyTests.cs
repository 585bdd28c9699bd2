using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Accounts;
using Portal.Application.Common;
using Portal.Domain.Organizations;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Api;

/// <summary>API keys: made by a company's first user and shown once, stored as a hash, accepted until revoked.</summary>
public abstract class ApiKeyTests(PortalFixture portal)
{
    private const string Keys = "/Customer/ApiKeys";

    private static async Task<string> MakeKeyAsync(PortalClient owner, string name)
    {
        var page = await owner.SubmitAsync(Keys, new Dictionary<string, string> { ["name"] = name }, "/Customer/ApiKeys/Create");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return page.Text(".new-api-key");
    }

    private async Task<HttpResponseMessage> CallAsync(string? authorization, string path = "/api/v1/catalog")
    {
        using var api = portal.Factory.NewClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }
        return await api.Http.SendAsync(request);
    }

    [SkippableFact]
    public async Task AKeyIsShownOnceKeptAsAHashAndReadsTheCatalogWithAvailability()
    {
        using var owner = await portal.Factory.SignedInAsync("buyer@helios.example");
        var name = $"ERP {Guid.NewGuid():N}"[..12];

        var key = await MakeKeyAsync(owner, name);
        var response = await CallAsync($"Bearer {key}");
        var products = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var listed = await owner.GetAsync(Keys);

        Assert.Matches("^portal_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$", key);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rack = products.EnumerateArray().Single(p => p.GetProperty("sku").GetString() == "TRN3-RACK-48U");
        Assert.Equal("AllocationLimited", rack.GetProperty("availability").GetString());
        Assert.Equal(420000m, rack.GetProperty("listPrice").GetDecimal());
        Assert.Equal(await portal.Factory.QueryAsync(db => db.Products.CountAsync()), products.GetArrayLength());
        Assert.DoesNotContain(key.Split('_', 3)[2], listed.Body);
        Assert.Contains(name, listed.Body);
        var stored = await portal.Factory.QueryAsync(db => db.ApiKeys.SingleAsync(k => k.Name == name));
        Assert.NotNull(stored.LastUsedUtc);
        Assert.DoesNotContain(key.Split('_', 3)[2], stored.SecretSha256);
        Assert.Equal(64, stored.SecretSha256.Length);
    }

    [SkippableFact]
    public async Task ACallWithoutAGoodKeyIsA401WithProblemDetailsAndARevokedKeyStopsWorking()
    {
        using var owner = await portal.Factory.SignedInAsync("buyer@helios.example");
        var key = await MakeKeyAsync(owner, "Soon revoked");
        var prefix = key.Split('_')[1];
        var id = await portal.Factory.QueryAsync(db => db.ApiKeys.Where(k => k.Prefix == prefix).Select(k => k.Id).SingleAsync());

        var answers = new[]
        {
            await CallAsync(null),
            await CallAsync("Bearer nonsense"),
            await CallAsync($"Bearer portal_{prefix}_not-the-secret"),
            await CallAsync("Bearer portal_0123456789ab_whatever"),
        };
        var revoked = await owner.SubmitAsync(Keys, new Dictionary<string, string>(), $"/Customer/ApiKeys/Revoke/{id}");
        var afterwards = await CallAsync($"Bearer {key}");

        Assert.All(answers.Append(afterwards), answer =>
        {
            Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
            Assert.Equal("application/problem+json", answer.Content.Headers.ContentType!.MediaType);
            Assert.Equal("Bearer", answer.Headers.WwwAuthenticate.Single().Scheme);
        });
        Assert.Contains("An API key is required", await answers[0].Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, revoked.Status);
        var audit = await portal.Factory.QueryAsync(db => db.AuditEvents.Where(e => e.EntityType == "ApiKey" && e.EntityId == id.ToString()).Select(e => e.Action).ToListAsync());
        Assert.Equal(["ApiKeyCreated", "ApiKeyRevoked"], audit);
    }

    [SkippableFact]
    public async Task AKeyInUseIsRefusedTheMomentItIsRevokedAndAWrongSecretNeverOpensIt()
    {
        using var owner = await portal.Factory.SignedInAsync(await Customers.AddAsync(portal.Factory, "apirevoke"));
        var key = await MakeKeyAsync(owner, "Busy ERP");
        var prefix = key.Split('_')[1];
        var id = await portal.Factory.QueryAsync(db => db.ApiKeys.Where(k => k.Prefix == prefix).Select(k => k.Id).SingleAsync());

        var inUse = new[] { await CallAsync($"Bearer {key}"), await CallAsync($"Bearer {key}") };
        var wrongSecret = await CallAsync($"Bearer portal_{prefix}_not-the-secret");
        await owner.SubmitAsync(Keys, new Dictionary<string, string>(), $"/Customer/ApiKeys/Revoke/{id}");
        var revoked = await CallAsync($"Bearer {key}");

        Assert.All(inUse, answer => Assert.Equal(HttpStatusCode.OK, answer.StatusCode));
        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized), (wrongSecret.StatusCode, revoked.StatusCode));
    }

    [SkippableFact]
    public async Task RevokingAKeyTwiceIsRefusedWithTheReasonAndAuditedOnce()
    {
        using var owner = await portal.Factory.SignedInAsync("buyer@helios.example");
        var prefix = (await MakeKeyAsync(owner, "Revoked twice")).Split('_')[1];
        var id = await portal.Factory.QueryAsync(db => db.ApiKeys.Where(k => k.Prefix == prefix).Select(k => k.Id).SingleAsync());
        var token = new Dictionary<string, string> { ["__RequestVerificationToken"] = await owner.AntiforgeryTokenAsync(Keys) };

        var first = await owner.PostAsync($"/Customer/ApiKeys/Revoke/{id}", token);
        var second = await owner.PostAsync($"/Customer/ApiKeys/Revoke/{id}", token);

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Conflict), (first.Status, second.Status));
        Assert.Contains("The key 'Revoked twice' is already revoked.", second.Text("[role=alert]"));
        Assert.Equal(1, await portal.Factory.QueryAsync(db => db.AuditEvents.CountAsync(e => e.EntityType == "ApiKey" && e.EntityId == id.ToString() && e.Action == "ApiKeyRevoked")));
    }

    [SkippableFact]
    public async Task TheBearerSchemeIsReadInAnyCase()
    {
        using var owner = await portal.Factory.SignedInAsync("buyer@helios.example");
        var key = await MakeKeyAsync(owner, "Any case");

        var answers = new[] { await CallAsync($"bearer {key}"), await CallAsync($"BEARER {key}"), await CallAsync($"bEaReR  {key}") };

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer.StatusCode));
    }

    [SkippableFact]
    public async Task OnlyTheFirstUserManagesKeysAndAnotherCompanysKeyIsNotFound()
    {
        using var helios = await portal.Factory.SignedInAsync("buyer@helios.example");
        await MakeKeyAsync(helios, "Helios ERP");
        var heliosKey = await portal.Factory.QueryAsync(db => db.ApiKeys.Where(k => k.Name == "Helios ERP").Select(k => k.Id).FirstAsync());
        using var fjord = await portal.Factory.SignedInAsync("buyer@fjord.example");
        var member = await Customers.AddColleagueAsync(portal.Factory, "buyer@helios.example");
        using var colleague = await portal.Factory.SignedInAsync(member);

        var foreign = await fjord.PostAsync($"/Customer/ApiKeys/Revoke/{heliosKey}",
            new Dictionary<string, string> { ["__RequestVerificationToken"] = await fjord.AntiforgeryTokenAsync(Keys) });
        var fjordList = await fjord.GetAsync(Keys);
        var colleaguePage = await colleague.GetAsync(Keys);
        var colleagueMakes = await colleague.PostAsync("/Customer/ApiKeys/Create",
            new Dictionary<string, string> { ["__RequestVerificationToken"] = await colleague.AntiforgeryTokenAsync("/Customer/Configurator"), ["name"] = "Mine" });
        var unnamed = await helios.SubmitAsync(Keys, new Dictionary<string, string> { ["name"] = " " }, "/Customer/ApiKeys/Create");

        Assert.Equal(HttpStatusCode.NotFound, foreign.Status);
        Assert.DoesNotContain("Helios ERP", fjordList.Body);
        Assert.Contains("Helios ERP", colleaguePage.Body);
        Assert.Contains("administrators make and revoke", colleaguePage.Body);
        Assert.Equal(HttpStatusCode.Forbidden, colleagueMakes.Status);
        Assert.Contains("Name the key", unnamed.Text("[role=alert]"));
        Assert.False(await portal.Factory.QueryAsync(db => db.ApiKeys.AnyAsync(k => k.Name == "Mine")));
    }

    [SkippableFact]
    public async Task AdminsMakeStaffKeysThatReadEveryCompanysQuotesButMakeNoCustomerRequests()
    {
        using var admin = await portal.Factory.SignedInAsync("admin@northwind.example");
        using var helios = await portal.Factory.SignedInAsync("buyer@helios.example");
        var made = await admin.SubmitAsync("/Admin/ApiKeys", new Dictionary<string, string> { ["name"] = "CRM sync", ["write"] = "true" }, "/Admin/ApiKeys/Create");
        var key = made.Text(".new-api-key");
        var staffKey = await portal.Factory.QueryAsync(db => db.ApiKeys.SingleAsync(k => k.Name == "CRM sync"));
        var staff = new ApiCaller(portal.Factory, key);

        var quotes = await staff.JsonAsync(HttpMethod.Get, "/api/v1/quotes?limit=100");
        var refused = await staff.JsonAsync(HttpMethod.Post, "/api/v1/waitlist", new { sku = "TRN3-SLED-8", quantity = 1 }, HttpStatusCode.Forbidden);
        var customerCalls = new List<HttpStatusCode>();
        foreach (var (method, path) in new[]
                 {
                     (HttpMethod.Post, "/api/v1/quotes"), (HttpMethod.Post, "/api/v1/quotes/2/submit"), (HttpMethod.Post, "/api/v1/quotes/7/accept"),
                     (HttpMethod.Post, "/api/v1/quotes/7/decline"), (HttpMethod.Get, "/api/v1/waitlist"), (HttpMethod.Get, "/api/v1/waitlist/3"),
                     (HttpMethod.Delete, "/api/v1/waitlist/3"), (HttpMethod.Post, "/api/v1/waitlist/3/accept-offer"), (HttpMethod.Post, "/api/v1/waitlist/3/decline-offer"),
                 })
        {
            using var answer = await staff.SendAsync(method, path, method == HttpMethod.Post ? new { reason = "x", siteId = 1, name = "x", title = "x", acceptTerms = true, revision = 1, products = new[] { new { sku = "SVC-INSTALL-RACK", quantity = 1 } } } : null);
            customerCalls.Add(answer.StatusCode);
        }
        var customerPage = await helios.GetAsync(Keys);
        var revokedByCustomer = await helios.PostAsync($"/Customer/ApiKeys/Revoke/{staffKey.Id}",
            new Dictionary<string, string> { ["__RequestVerificationToken"] = await helios.AntiforgeryTokenAsync(Keys) });

        Assert.Null(staffKey.OrganizationId);
        Assert.Contains("with a staff key", made.Body);
        var companies = await portal.Factory.QueryAsync(db => db.Quotes.Where(q => q.SubmittedUtc != null).Select(q => q.OrganizationId).Distinct().CountAsync());
        Assert.True(companies > 1);
        var ids = quotes.GetProperty("items").EnumerateArray().Select(q => q.GetProperty("id").GetInt32()).ToList();
        Assert.Equal(companies, await portal.Factory.QueryAsync(db => db.Quotes.Where(q => ids.Contains(q.Id)).Select(q => q.OrganizationId).Distinct().CountAsync()));
        Assert.Contains("customer", refused.GetProperty("detail").GetString());
        Assert.All(customerCalls, status => Assert.Equal(HttpStatusCode.Forbidden, status));
        Assert.DoesNotContain("CRM sync", customerPage.Body);
        Assert.Equal(HttpStatusCode.NotFound, revokedByCustomer.Status);
        Assert.Null(await portal.Factory.QueryAsync(db => db.ApiKeys.Where(k => k.Id == staffKey.Id).Select(k => k.RevokedUtc).SingleAsync()));
    }

    [SkippableFact]
    public async Task AKeyOfASuspendedCompanyIsRefusedAtOnceAndWorksAgainOnceItIsReinstated()
    {
        var owner = await Customers.AddAsync(portal.Factory, "apisuspend");
        var api = await ApiCaller.ForAsync(portal.Factory, owner, write: false);
        var organization = await portal.Factory.QueryAsync(db => db.Users.Where(u => u.Email == owner).Select(u => u.OrganizationId!.Value).SingleAsync());

        using var before = await api.SendAsync(HttpMethod.Get, "/api/v1/catalog");
        await ChangeStandingAsync(organization, o => o.Suspend());
        using var suspended = await api.SendAsync(HttpMethod.Get, "/api/v1/catalog");
        await ChangeStandingAsync(organization, o => o.Reinstate());
        using var reinstated = await api.SendAsync(HttpMethod.Get, "/api/v1/catalog");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Unauthorized, HttpStatusCode.OK], [before.StatusCode, suspended.StatusCode, reinstated.StatusCode]);
    }

    private Task ClassifyAsync(string sku, string classification) => portal.Factory.QueryAsync(async db =>
    {
        (await db.Products.SingleAsync(p => p.Sku == sku)).Classify(classification);
        return await db.SaveChangesAsync();
    });

    private Task ChangeStandingAsync(int organizationId, Action<Organization> change) => portal.Factory.QueryAsync(async db =>
    {
        change(await db.Organizations.SingleAsync(o => o.Id == organizationId));
        return await db.SaveChangesAsync();
    });

    [SkippableFact]
    public async Task TheCatalogIsServedFromTheCacheUntilASavedChangeToTheCatalogRetiresIt()
    {
        var api = await ApiCaller.ForAsync(portal.Factory, "buyer@helios.example", write: false);
        const string Sku = "SVC-SUPPORT-BIZ";
        static string NameIn(JsonElement catalog) => catalog.EnumerateArray().Single(p => p.GetProperty("sku").GetString() == Sku).GetProperty("name").GetString()!;
        var before = NameIn(await api.JsonAsync(HttpMethod.Get, "/api/v1/catalog"));

        // Renamed behind the portal's back: nothing tells the cache.
        await portal.Factory.QueryAsync(db => db.Database.ExecuteSqlRawAsync($"UPDATE \"Products\" SET \"Name\" = 'Business support (renamed)' WHERE \"Sku\" = '{Sku}'"));
        var cached = NameIn(await api.JsonAsync(HttpMethod.Get, "/api/v1/catalog"));
        // A change saved through the portal retires the catalog's cached answers.
        await ClassifyAsync(Sku, "5A992.c");
        var after = NameIn(await api.JsonAsync(HttpMethod.Get, "/api/v1/catalog"));
        await ClassifyAsync(Sku, "EAR99");

        Assert.Equal(before, cached);
        Assert.Equal("Business support (renamed)", after);
    }

    [SkippableFact]
    public async Task TheOpenApiDocumentDescribesTheApiAndNothingElse()
    {
        var response = await CallAsync(null, "/api/v1/openapi.json");
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/catalog", paths);
        Assert.Contains("/api/v1/quotes/{id}", paths);
        Assert.All(paths, path => Assert.StartsWith("/api/v1/", path));
    }
}

public sealed class ApiKeysOnSqlite(SqlitePortal portal) : ApiKeyTests(portal), IClassFixture<SqlitePortal>;

public sealed class ApiKeysOnPostgreSql(PostgresPortal portal) : ApiKeyTests(portal), IClassFixture<PostgresPortal>;
