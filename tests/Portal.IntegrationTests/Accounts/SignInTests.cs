using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Accounts;
using Portal.IntegrationTests.Support;

namespace Portal.IntegrationTests.Accounts;

public abstract class SignInTests(PortalFixture portal)
{
    private static Dictionary<string, string> Credentials(string email, string password) =>
        new() { ["Email"] = email, ["Password"] = password };

    /// <summary>A confirmed customer of its own, so that locking it out disturbs no other test.</summary>
    private async Task<string> NewCustomerAsync()
    {
        var email = $"lock-{Guid.NewGuid():N}@fjord.example";
        using var scope = portal.Factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var fjord = users.Users.First(u => u.Email == "buyer@fjord.example").OrganizationId;
        var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = true, FullName = "Test Buyer", OrganizationId = fjord };
        Assert.True((await users.CreateAsync(user, PortalFactory.DemoPassword)).Succeeded);
        await users.AddToRoleAsync(user, "Customer");
        return email;
    }

    [SkippableFact]
    public async Task ADemoCustomerSignsInAndLandsOnItsDashboard()
    {
        using var client = portal.Factory.NewClient();

        await client.SignInAsync("buyer@helios.example");
        var home = await client.GetAsync("/");

        Assert.Equal("/Customer", home.Location);
        var dashboard = await client.GetAsync("/Customer");
        Assert.Contains("Helios AI Labs", dashboard.Body);
    }

    [SkippableFact]
    public async Task AWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong()
    {
        using var client = portal.Factory.NewClient();

        var page = await client.SubmitAsync("/Account/Login", Credentials("buyer@helios.example", "Wrong-password-1"));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("The email or password is not right.", page.Body);
        var unknown = await client.SubmitAsync("/Account/Login", Credentials("nobody@nowhere.example", "Wrong-password-1"));
        Assert.Contains("The email or password is not right.", unknown.Body);
    }

    [SkippableFact]
    public async Task ATamperedKeepMeSignedInBoxShowsTheSignInPageAgain()
    {
        using var client = portal.Factory.NewClient();

        var page = await client.SubmitAsync("/Account/Login",
            new Dictionary<string, string>(Credentials("nobody@nowhere.example", "Wrong-password-1")) { ["RememberMe"] = "yes please" });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("The email or password is not right", page.Text("[role=alert]"));
        Assert.NotNull(page.Document.QuerySelector("input[name=RememberMe][type=checkbox]:not([checked])"));
    }

    [SkippableFact]
    public async Task FiveFailedAttemptsLockTheAccountEvenAgainstTheRightPassword()
    {
        var email = await NewCustomerAsync();
        using var client = portal.Factory.NewClient();
        for (var attempt = 1; attempt <= 4; attempt++)
        {
            var failed = await client.SubmitAsync("/Account/Login", Credentials(email, "Wrong-password-1"));
            Assert.Contains("The email or password is not right.", failed.Body);
        }

        var fifth = await client.SubmitAsync("/Account/Login", Credentials(email, "Wrong-password-1"));
        var right = await client.SubmitAsync("/Account/Login", Credentials(email, PortalFactory.DemoPassword));

        Assert.Contains("locked for 15 minutes", fifth.Body);
        Assert.Equal(HttpStatusCode.OK, right.Status);
        Assert.Contains("locked for 15 minutes", right.Body);
    }

    [SkippableFact]
    public async Task ForgotPasswordMailsALinkThatSetsANewPassword()
    {
        var email = await NewCustomerAsync();
        using var client = portal.Factory.NewClient();

        var sent = await client.SubmitAsync("/Account/ForgotPassword", new Dictionary<string, string> { ["Email"] = email });
        Assert.Contains("a link to reset its password is on its way", sent.Body);
        var link = Outbox.LinkIn(Outbox.LatestTo(portal.Factory, email));
        var weak = await client.SubmitAsync(link, new Dictionary<string, string> { ["Password"] = "short" });
        Assert.Contains("at least 12 characters", weak.FieldMessage("Password"));
        var reset = await client.SubmitAsync(link, new Dictionary<string, string> { ["Password"] = "A-new-password-77" });

        Assert.Equal("/Account/Login", reset.Location);
        await client.SignInAsync(email, "A-new-password-77");
    }

    [SkippableFact]
    public async Task ForgotPasswordForAnUnknownAddressLooksTheSameAndSendsNothing()
    {
        using var client = portal.Factory.NewClient();
        var address = $"ghost-{Guid.NewGuid():N}@example.com";

        var sent = await client.SubmitAsync("/Account/ForgotPassword", new Dictionary<string, string> { ["Email"] = address });

        Assert.Contains("a link to reset its password is on its way", sent.Body);
        Assert.Throws<InvalidOperationException>(() => Outbox.LatestTo(portal.Factory, address));
    }

    [SkippableFact]
    public async Task ATamperedResetTokenIsRefusedWithAClearMessage()
    {
        var email = await NewCustomerAsync();
        using var client = portal.Factory.NewClient();

        var page = await client.SubmitAsync($"/Account/ResetPassword?email={Uri.EscapeDataString(email)}&token=forged",
            new Dictionary<string, string> { ["Password"] = "A-new-password-77" });

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("no longer valid", page.Body);
    }

    [SkippableFact]
    public async Task AReturnUrlToAnotherSiteIsIgnored()
    {
        using var client = portal.Factory.NewClient();

        var page = await client.SubmitAsync("/Account/Login?returnUrl=https%3A%2F%2Fevil.example%2F",
            Credentials("buyer@helios.example", PortalFactory.DemoPassword));

        Assert.Equal("/", page.Location);
    }
}

public sealed class SignInOnSqlite(SqlitePortal portal) : SignInTests(portal), IClassFixture<SqlitePortal>;

public sealed class SignInOnPostgreSql(PostgresPortal portal) : SignInTests(portal), IClassFixture<PostgresPortal>;
