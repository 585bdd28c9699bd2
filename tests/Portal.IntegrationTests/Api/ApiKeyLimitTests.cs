using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Api;

/// <summary>A company has at most so many active API keys (here 2): the form refuses one more with a message, and a revoked key makes room.</summary>
public abstract class ApiKeyLimitTests(PortalFixture portal)
{
    private static async Task<PortalClient.Page> MakeKeyAsync(PortalClient owner, string page, string name) =>
        await owner.SubmitAsync(page, new Dictionary<string, string> { ["name"] = name }, $"{page}/Create");

    [SkippableFact]
    public async Task ACompanyMakesNoMoreThanTheActiveKeysAllowedUntilItRevokesOne()
    {
        var buyer = await Customers.AddAsync(portal.Factory, $"keys{Guid.NewGuid():N}"[..12]);
        using var owner = await portal.Factory.SignedInAsync(buyer);
        const string Page = "/Customer/ApiKeys";
        var prefix = $"{Guid.NewGuid():N}"[..8];

        var made = new[] { await MakeKeyAsync(owner, Page, $"{prefix} one"), await MakeKeyAsync(owner, Page, $"{prefix} two") };
        var refused = await MakeKeyAsync(owner, Page, $"{prefix} three");
        var first = await portal.Factory.QueryAsync(db => db.ApiKeys.Where(k => k.Name == $"{prefix} one").Select(k => k.Id).SingleAsync());
        await owner.SubmitAsync(Page, new Dictionary<string, string>(), $"{Page}/Revoke/{first}");
        var afterRevoking = await MakeKeyAsync(owner, Page, $"{prefix} four");

        Assert.All(made, page => Assert.NotEmpty(page.Text(".new-api-key")));
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal("", refused.Text(".new-api-key"));
        Assert.Contains("Your company has 2 active keys, the most allowed: revoke one", refused.Text("[role=alert]"));
        Assert.False(await portal.Factory.QueryAsync(db => db.ApiKeys.AnyAsync(k => k.Name == $"{prefix} three")));
        Assert.NotEmpty(afterRevoking.Text(".new-api-key"));
    }

    [SkippableFact]
    public async Task TheStaffKeysAreLimitedLikeACompanys()
    {
        using var admin = await portal.Factory.SignedInAsync("admin@northwind.example");
        const string Page = "/Admin/ApiKeys";
        var active = await portal.Factory.QueryAsync(db => db.ApiKeys.CountAsync(k => k.OrganizationId == null && k.RevokedUtc == null));

        var pages = new List<PortalClient.Page>();
        for (var key = active; key <= 2; key++)
        {
            pages.Add(await MakeKeyAsync(admin, Page, $"Staff {Guid.NewGuid():N}"[..16]));
        }

        Assert.Contains("There are 2 active keys, the most allowed", pages[^1].Text("[role=alert]"));
        Assert.Equal(2, await portal.Factory.QueryAsync(db => db.ApiKeys.CountAsync(k => k.OrganizationId == null && k.RevokedUtc == null)));
    }
}

public sealed class KeyLimitedSqlitePortal() : PortalFixture(DatabaseKind.Sqlite)
{
    protected override IReadOnlyDictionary<string, string>? Settings => new Dictionary<string, string> { ["Api:Keys:PerCompany"] = "2" };
}

public sealed class KeyLimitedPostgresPortal() : PortalFixture(DatabaseKind.Postgres)
{
    protected override IReadOnlyDictionary<string, string>? Settings => new Dictionary<string, string> { ["Api:Keys:PerCompany"] = "2" };
}

public sealed class ApiKeyLimitsOnSqlite(KeyLimitedSqlitePortal portal) : ApiKeyLimitTests(portal), IClassFixture<KeyLimitedSqlitePortal>;

public sealed class ApiKeyLimitsOnPostgreSql(KeyLimitedPostgresPortal portal) : ApiKeyLimitTests(portal), IClassFixture<KeyLimitedPostgresPortal>;
