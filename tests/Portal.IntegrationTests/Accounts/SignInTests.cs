using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Portal.Application.Accounts;
using Portal.Infrastructure.Persistence;
using Portal.Infrastructure.Seeding;
using Portal.IntegrationTests.Support;
using Portal.Web.Controllers;

namespace Portal.IntegrationTests.Accounts;

public abstract class SignInTests(PortalFixture portal)
{
    private static Dictionary<string, string> Credentials(string email, string password) =>
        new() { ["Email"] = email, ["Password"] = password };

    /// <summary>A confirmed customer of its own, so that locking it out disturbs no other test.</summary>
    private async Task<string> NewCustomerAsync(bool confirmed = true)
    {
        var email = $"lock-{Guid.NewGuid():N}@fjord.example";
        using var scope = portal.Factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var fjord = users.Users.First(u => u.Email == "buyer@fjord.example").OrganizationId;
        var user = new PortalUser { UserName = email, Email = email, EmailConfirmed = confirmed, FullName = "Test Buyer", OrganizationId = fjord };
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

    /// <summary>The demo hashes its password once and gives every person that hash: each still has the demo password, and no other.</summary>
    [SkippableFact]
    public async Task EveryDemoPersonHasTheDemoPassword()
    {
        using var scope = portal.Factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();

        foreach (var person in DemoAccounts.Everyone)
        {
            var user = await users.FindByEmailAsync(person.Email);
            Assert.NotNull(user);
            Assert.True(await users.CheckPasswordAsync(user, PortalFactory.DemoPassword), $"{person.Email} lacks the demo password.");
            Assert.False(await users.CheckPasswordAsync(user, "Wrong-password-1"), $"{person.Email} takes a wrong password.");
        }
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
    public async Task FiveFailedAttemptsLockTheAccountEvenAgainstTheRightPasswordWithTheSameAnswer()
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

        Assert.Equal(AccountController.SignInRefused, fifth.Text("[role=alert]"));
        Assert.Equal(HttpStatusCode.OK, right.Status);
        Assert.Equal(AccountController.SignInRefused, right.Text("[role=alert]"));
        Assert.Contains("locked for 15 minutes", Outbox.LatestTo(portal.Factory, email).TextBody);
    }

    [SkippableFact]
    public async Task EveryRefusedSignInShowsTheSamePage()
    {
        var unconfirmed = await NewCustomerAsync(confirmed: false);
        var suspended = await Customers.AddAsync(portal.Factory, $"sus{Guid.NewGuid():N}"[..12]);
        await SuspendCompanyOfAsync(suspended);
        var locked = await NewCustomerAsync();
        using var client = portal.Factory.NewClient();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await client.SubmitAsync("/Account/Login", Credentials(locked, "Wrong-password-1"));
        }

        var pages = new[]
        {
            await client.SubmitAsync("/Account/Login", Credentials($"ghost-{Guid.NewGuid():N}@example.com", PortalFactory.DemoPassword)),
            await client.SubmitAsync("/Account/Login", Credentials(await NewCustomerAsync(), "Wrong-password-1")),
            await client.SubmitAsync("/Account/Login", Credentials(unconfirmed, PortalFactory.DemoPassword)),
            await client.SubmitAsync("/Account/Login", Credentials(suspended, PortalFactory.DemoPassword)),
            await client.SubmitAsync("/Account/Login", Credentials(locked, PortalFactory.DemoPassword)),
        };

        Assert.All(pages, page => Assert.Equal(HttpStatusCode.OK, page.Status));
        Assert.All(pages, page => Assert.Equal(pages[0].Text("main"), page.Text("main")));
        Assert.Equal(AccountController.SignInRefused, pages[0].Text("[role=alert]"));
    }

    [SkippableFact]
    public async Task TheOwnerLearnsWhyByMailOnlyWhenThePasswordWasRightAndAtMostOnceAnHour()
    {
        var unconfirmed = await NewCustomerAsync(confirmed: false);
        var suspended = await Customers.AddAsync(portal.Factory, $"sus{Guid.NewGuid():N}"[..12]);
        await SuspendCompanyOfAsync(suspended);
        using var client = portal.Factory.NewClient();

        await client.SubmitAsync("/Account/Login", Credentials(unconfirmed, "Wrong-password-1"));
        await client.SubmitAsync("/Account/Login", Credentials(suspended, "Wrong-password-1"));
        Assert.Empty(Outbox.AllTo(portal.Factory, unconfirmed));
        Assert.Empty(Outbox.AllTo(portal.Factory, suspended));
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            await client.SubmitAsync("/Account/Login", Credentials(unconfirmed, PortalFactory.DemoPassword));
            await client.SubmitAsync("/Account/Login", Credentials(suspended, PortalFactory.DemoPassword));
        }

        var confirm = Assert.Single(Outbox.AllTo(portal.Factory, unconfirmed));
        Assert.Contains("confirm your email", confirm.Subject);
        Assert.Contains("/Account/ConfirmEmail", Outbox.LinkIn(confirm));
        Assert.Contains("suspended", Assert.Single(Outbox.AllTo(portal.Factory, suspended)).Subject);
        await client.GetAsync(Outbox.LinkIn(confirm));
        await client.SignInAsync(unconfirmed);
    }

    /// <summary>
    /// Wrong passwords for fifteen accounts (none locked yet) and sign-ins of fifteen unknown addresses, taken in turns:
    /// the unknown ones take at least half as long at the median. Without a password check they take a twentieth.
    /// </summary>
    [SkippableFact]
    public async Task AnUnknownAddressTakesAboutAsLongAsAKnownOne()
    {
        var known = new List<string>();
        for (var account = 0; account < 16; account++)
        {
            known.Add(await NewCustomerAsync());
        }
        using var client = portal.Factory.NewClient();
        var token = await client.AntiforgeryTokenAsync("/Account/Login");
        async Task<double> TimedAsync(string email)
        {
            var fields = Credentials(email, "Wrong-password-1");
            fields["__RequestVerificationToken"] = token;
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var page = await client.PostAsync("/Account/Login", fields);
            watch.Stop();
            Assert.Equal(HttpStatusCode.OK, page.Status);
            return watch.Elapsed.TotalMilliseconds;
        }
        await TimedAsync(known[15]);
        await TimedAsync($"ghost-{Guid.NewGuid():N}@example.com");
        var knownTimes = new List<double>();
        var unknownTimes = new List<double>();

        for (var round = 0; round < 15; round++)
        {
            knownTimes.Add(await TimedAsync(known[round]));
            unknownTimes.Add(await TimedAsync($"ghost-{Guid.NewGuid():N}@example.com"));
        }

        var (knownMedian, unknownMedian) = (Median(knownTimes), Median(unknownTimes));
        Assert.True(unknownMedian >= 0.5 * knownMedian, $"unknown {unknownMedian:0.0} ms against known {knownMedian:0.0} ms (medians)");
    }

    private static double Median(List<double> times) => times.Order().ElementAt(times.Count / 2);

    private async Task SuspendCompanyOfAsync(string email)
    {
        using var scope = portal.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var organizationId = db.Users.Single(u => u.Email == email).OrganizationId;
        db.Organizations.Single(o => o.Id == organizationId).Suspend();
        await db.SaveChangesAsync();
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
    public async Task ForgotPasswordShowsTheSamePageForEveryAddress()
    {
        using var client = portal.Factory.NewClient();
        var addresses = new[] { await NewCustomerAsync(), await NewCustomerAsync(confirmed: false), $"ghost-{Guid.NewGuid():N}@example.com" };

        var pages = new List<PortalClient.Page>();
        foreach (var address in addresses)
        {
            pages.Add(await client.SubmitAsync("/Account/ForgotPassword", new Dictionary<string, string> { ["Email"] = address }));
        }

        Assert.All(pages, page => Assert.Equal(HttpStatusCode.OK, page.Status));
        Assert.All(pages, page => Assert.Equal(pages[0].Text("main"), page.Text("main")));
        Assert.Single(Outbox.AllTo(portal.Factory, addresses[0]));
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
