using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Accounts;

/// <summary>A session ends on the server: a copy of its cookie opens nothing after a sign-out, a suspension or a password reset.</summary>
public abstract class SessionTests(PortalFixture portal)
{
    private static Dictionary<string, string> Site(string name) => new()
    {
        ["Name"] = name, ["City"] = "Reno", ["CountryCode"] = "US", ["PowerAvailableKw"] = "2500", ["Cooling"] = "Liquid",
    };

    private Task<string> NewBuyerAsync() => Customers.AddAsync(portal.Factory, $"ses{Guid.NewGuid():N}"[..12]);

    private async Task<PortalClient> SignedInAsync(string email, CookieContainer cookies)
    {
        var browser = portal.Factory.NewClient(cookies);
        await browser.SignInAsync(email);
        return browser;
    }

    private static void AssertSentToSignIn(PortalClient.Page page) =>
        Assert.True(page.Status == HttpStatusCode.Redirect && page.Location!.Contains("/Account/Login", StringComparison.Ordinal),
            $"{page.Url} answered {(int)page.Status} {page.Location}");

    [SkippableFact]
    public async Task ACookieCopiedBeforeSignOutOpensNothingAfterIt()
    {
        var cookies = new CookieContainer();
        using var browser = await SignedInAsync(await NewBuyerAsync(), cookies);
        using var thief = portal.Factory.NewClient(CookieJar.Copy(cookies));
        Assert.Equal(HttpStatusCode.OK, (await thief.GetAsync("/Customer/Sites")).Status);
        var token = await thief.AntiforgeryTokenAsync("/Customer/Sites/Create");

        var signedOut = await browser.PostAsync("/Account/Logout", new Dictionary<string, string> { ["__RequestVerificationToken"] = await browser.AntiforgeryTokenAsync("/Customer") });
        Assert.Equal(HttpStatusCode.Redirect, signedOut.Status);

        AssertSentToSignIn(await thief.GetAsync("/Customer/Sites"));
        AssertSentToSignIn(await thief.PostAsync("/Customer/Sites/Save", new Dictionary<string, string>(Site("After sign-out")) { ["__RequestVerificationToken"] = token }));
        Assert.False(await portal.Factory.QueryAsync(db => db.Sites.AnyAsync(s => s.Name == "After sign-out")));
    }

    [SkippableFact]
    public async Task ASuspendedCompanysBuyerCanSaveNothingTheMomentAfterTheSuspension()
    {
        var email = await NewBuyerAsync();
        using var browser = await SignedInAsync(email, new CookieContainer());
        var siteToken = await browser.AntiforgeryTokenAsync("/Customer/Sites/Create");
        var inviteToken = await browser.AntiforgeryTokenAsync("/Customer/Colleagues");
        var id = await portal.Factory.QueryAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.OrganizationId!.Value).SingleAsync());
        using var admin = await portal.Factory.SignedInAsync("admin@northwind.example");
        var suspended = await admin.PostAsync($"/Staff/Organizations/Suspend/{id}", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = await admin.AntiforgeryTokenAsync($"/Staff/Organizations/Details/{id}"), ["reason"] = "Unpaid invoices",
        });
        Assert.Equal(HttpStatusCode.Redirect, suspended.Status);

        var site = await browser.PostAsync("/Customer/Sites/Save", new Dictionary<string, string>(Site("After suspension")) { ["__RequestVerificationToken"] = siteToken });
        var colleague = $"colleague-{Guid.NewGuid():N}@example.com";
        var invite = await browser.PostAsync("/Customer/Colleagues/Invite", new Dictionary<string, string>
        {
            ["Invite.FullName"] = "Nia Colleague", ["Invite.Email"] = colleague, ["__RequestVerificationToken"] = inviteToken,
        });

        AssertSentToSignIn(site);
        AssertSentToSignIn(invite);
        Assert.False(await portal.Factory.QueryAsync(db => db.Sites.AnyAsync(s => s.Name == "After suspension")));
        Assert.False(await portal.Factory.QueryAsync(db => db.Users.AnyAsync(u => u.Email == colleague)));
    }

    [SkippableFact]
    public async Task APasswordResetEndsTheSessionsOpenBeforeIt()
    {
        var email = await NewBuyerAsync();
        using var browser = await SignedInAsync(email, new CookieContainer());
        using var owner = portal.Factory.NewClient();
        await owner.SubmitAsync("/Account/ForgotPassword", new Dictionary<string, string> { ["Email"] = email });

        var reset = await owner.SubmitAsync(Outbox.LinkIn(Outbox.LatestTo(portal.Factory, email)), new Dictionary<string, string> { ["Password"] = "A-new-password-77" });
        Assert.Equal("/Account/Login", reset.Location);

        AssertSentToSignIn(await browser.GetAsync("/Customer/Sites"));
        await owner.SignInAsync(email, "A-new-password-77");
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync("/Customer/Sites")).Status);
    }
}

public sealed class SessionOnSqlite(SqlitePortal portal) : SessionTests(portal), IClassFixture<SqlitePortal>;

public sealed class SessionOnPostgreSql(PostgresPortal portal) : SessionTests(portal), IClassFixture<PostgresPortal>;
