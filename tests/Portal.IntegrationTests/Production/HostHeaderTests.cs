using System.Net;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Production;

/// <summary>
/// A password reset asked for someone else's address through a request whose Host header names the asker's server,
/// against the portal in Production: the request is refused, and where an operator lets every host in, the mailed
/// link still points at the portal's public address.
/// </summary>
public abstract class HostHeaderTests(ProductionPortal portal)
{
    private const string Victim = "buyer@fjord.example";

    [SkippableFact]
    public async Task ARequestForAnotherHostIsRefusedAndNothingIsMailed()
    {
        using var asker = portal.Factory.NewClient();
        asker.Http.DefaultRequestHeaders.Host = "attacker.example";

        var page = await asker.GetAsync("/Account/ForgotPassword");
        var post = await asker.PostAsync("/Account/ForgotPassword", new Dictionary<string, string> { ["Email"] = Victim });

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal(HttpStatusCode.BadRequest, post.Status);
        Assert.DoesNotContain(Outbox.AllTo(portal.Factory, Victim), mail => mail.Subject?.Contains("password", StringComparison.OrdinalIgnoreCase) == true);
    }

    [SkippableTheory]
    [InlineData("portal.northwind.example")]
    [InlineData("localhost")]
    [InlineData("127.0.0.1:8080")]
    [InlineData("[::1]")]
    public async Task ThePublicHostAndLoopbackAreServed(string host)
    {
        using var client = portal.Factory.NewClient();
        client.Http.DefaultRequestHeaders.Host = host;

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Account/ForgotPassword")).Status);
    }

    [SkippableFact]
    public async Task WithEveryHostAllowedTheMailedLinkStillPointsAtThePublicAddress()
    {
        using var open = new PortalFactory(portal.Database.Create(), InProduction.Settings(new Dictionary<string, string> { ["AllowedHosts"] = "*" }));
        using var asker = open.NewClient();
        asker.Http.DefaultRequestHeaders.Host = "attacker.example";

        await asker.SubmitAsync("/Account/ForgotPassword", new Dictionary<string, string> { ["Email"] = Victim });

        Assert.StartsWith($"{InProduction.PublicUrl}/Account/ResetPassword?", Outbox.AbsoluteLinkIn(Outbox.LatestTo(open, Victim)));
    }
}

public sealed class HostHeaderOnSqlite(SqliteProductionPortal portal) : HostHeaderTests(portal), IClassFixture<SqliteProductionPortal>;

public sealed class HostHeaderOnPostgreSql(PostgresProductionPortal portal) : HostHeaderTests(portal), IClassFixture<PostgresProductionPortal>;
