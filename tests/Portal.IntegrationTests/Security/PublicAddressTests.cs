using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Security;

/// <summary>
/// A password reset asked for someone else's address, through a request whose Host header names the asker's server:
/// with the portal's public address set, the mailed link still points at the portal.
/// </summary>
public sealed class PublicAddressTests
{
    private static async Task<string> ResetLinkAsync(PortalFactory portal)
    {
        using var asker = portal.NewClient();
        asker.Http.DefaultRequestHeaders.Host = "attacker.example";
        await asker.SubmitAsync("/Account/ForgotPassword", new Dictionary<string, string> { ["Email"] = "buyer@fjord.example" });
        return Outbox.AbsoluteLinkIn(Outbox.LatestTo(portal, "buyer@fjord.example"));
    }

    [Fact]
    public async Task WithThePublicAddressSetMailedLinksIgnoreTheRequestsHost()
    {
        using var portal = new PortalFactory(new SqliteTestDatabase(),
            new Dictionary<string, string> { ["Portal:PublicUrl"] = "https://portal.northwind.example" });

        Assert.StartsWith("https://portal.northwind.example/Account/ResetPassword?", await ResetLinkAsync(portal));
    }

    [Fact]
    public async Task WithoutItTheyFollowTheRequestWhichIsWhyProductionSetsIt()
    {
        using var portal = new PortalFactory(new SqliteTestDatabase());

        Assert.StartsWith("http://attacker.example/Account/ResetPassword?", await ResetLinkAsync(portal));
    }

    [Fact]
    public void APublicAddressThatIsNotOneStopsTheStart()
    {
        using var portal = new PortalFactory(new SqliteTestDatabase(), new Dictionary<string, string> { ["Portal:PublicUrl"] = "portal.northwind.example" });

        var refused = Assert.ThrowsAny<Exception>(() => portal.CreateClient());
        Assert.Contains("is not an absolute http or https address", refused.ToString());
    }
}
